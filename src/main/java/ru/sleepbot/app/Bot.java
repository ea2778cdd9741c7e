package ru.sleepbot.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.chat.Transport;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Messages;
import ru.sleepbot.dialog.Dialog;
import ru.sleepbot.dialog.SessionSettings;
import ru.sleepbot.dialog.assembly.DialogDependencies;
import ru.sleepbot.dialog.assembly.Dialogs;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.opennlp.ModelFile;
import ru.sleepbot.outbound.DurableOutbox;
import ru.sleepbot.outbound.OutboundQueue;
import ru.sleepbot.outbound.QueueLimits;
import ru.sleepbot.reminder.EveningPrompts;
import ru.sleepbot.reminder.PromptComposer;
import ru.sleepbot.reminder.PromptSchedule;
import ru.sleepbot.reminder.PromptSource;
import ru.sleepbot.reminder.ReminderSchedule;
import ru.sleepbot.reminder.ReminderService;
import ru.sleepbot.reminder.TablePrompts;
import ru.sleepbot.safety.Assessment;
import ru.sleepbot.safety.Level;
import ru.sleepbot.store.JdbcTarget;
import ru.sleepbot.store.MissLog;
import ru.sleepbot.store.OutboxStore;
import ru.sleepbot.store.ReminderStore;
import ru.sleepbot.store.Transactions;
import ru.sleepbot.store.diary.DiaryStore;
import ru.sleepbot.store.prompt.PromptStore;
import ru.sleepbot.telegram.ChannelState;
import ru.sleepbot.time.ExecutorScheduler;

/** The assembled bot: content, classifier, store and dialog, wired by constructors. */
public final class Bot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Bot.class);

    /** The embedded database's folder, relative to the working folder (wiped on Heroku: use DATABASE_URL there). */
    static final Path EMBEDDED_DB_DIR = Path.of("data");

    private final Dialog dialog;
    private final Messages messages;
    private final ExecutorScheduler scheduler;
    private final MissLog misses;
    private final DatabaseOpening database;
    private final Outbox outbox;
    private final Optional<OutboundQueue> queue;
    private final Optional<ReminderService> reminders;
    private final ChannelState channelState;

    private Bot(Dialog dialog, Messages messages, ExecutorScheduler scheduler, MissLog misses, DatabaseOpening database,
                Outbox outbox, Optional<OutboundQueue> queue, Optional<ReminderService> reminders,
                ChannelState channelState) {
        this.channelState = channelState;
        this.dialog = dialog;
        this.messages = messages;
        this.scheduler = scheduler;
        this.misses = misses;
        this.database = database;
        this.outbox = outbox;
        this.queue = queue;
        this.reminders = reminders;
    }

    public static KnowledgeBase loadContent(Settings settings) {
        ContentLoader loader = new ContentLoader();
        return settings.intentsDir().map(loader::load).orElseGet(loader::loadBundled);
    }

    /**
     * The intent classifier for this content, calibrated as the settings say: the model the build
     * trained at package time when it was trained on exactly this content (its fingerprint says so),
     * otherwise one trained now, which takes a few seconds (edited content in INTENTS_DIR).
     */
    public static IntentClassifier classifier(KnowledgeBase knowledge, Settings settings) {
        return IntentModels.classifier(knowledge, settings, CompletableFuture.completedFuture(ModelFile.bundled()),
                Optional.empty());
    }

    /** A bot whose own messages go to {@code outbox} (the console); it sends no evening prompts. */
    public static Bot start(Settings settings, Outbox outbox) {
        return start(settings, outbox, Clock.systemUTC());
    }

    /** The same on {@code clock} ({@code eval --dialogs --clock}: a clock the evaluation moves itself). */
    public static Bot start(Settings settings, Outbox outbox, Clock clock) {
        return start(settings, JdbcTarget.from(settings.databaseUrl(), EMBEDDED_DB_DIR), outbox, null, clock);
    }

    /**
     * The Telegram bot on {@code target}: every send (answers via {@link #outbox()}, timed steps,
     * evening prompts) goes through the durable outbox and one {@link OutboundQueue} over
     * {@code transport}; what an earlier run left unsent goes first; reminders are sent.
     */
    public static Bot start(Settings settings, JdbcTarget target, Transport transport) {
        return start(settings, target, null, transport, Clock.systemUTC());
    }

    private static Bot start(Settings settings, JdbcTarget target, Outbox console, Transport transport, Clock clock) {
        log.info("starting with {}", settings);
        long start = System.nanoTime();
        // The database opens (the pool and Flyway) while the content, the triage and the classifier
        // are made ready (from the build's start-up snapshot and model: a few tenths of a second).
        DatabaseOpening database = DatabaseOpening.start(target);
        BotContent content;
        try {
            content = BotContent.load(settings);
        } catch (RuntimeException e) {
            database.abandon();
            throw e;
        }
        KnowledgeBase knowledge = content.knowledge();
        ReminderSchedule schedule = new ReminderSchedule();
        // Only the Telegram bot waits for the database here; the console's first reply does not.
        boolean waitForDatabase = transport != null;
        ReminderStore users = database.users(settings.defaultZone(), clock, schedule, waitForDatabase);
        PromptSchedule promptSchedule = new PromptSchedule();
        PromptStore prompts = database.prompts(clock, promptSchedule, settings.defaultZone(), waitForDatabase);
        DiaryStore diary = database.diary(clock, waitForDatabase);
        MissLog misses = database.misses(clock, waitForDatabase);
        Outbox outbox = console;
        Optional<OutboundQueue> queue = Optional.empty();
        ChannelState channelState = ChannelState.inMemory();
        // Units of work are the Telegram side's (outbox, handled updates, prompts); the console needs none.
        Transactions transactions = waitForDatabase ? database.open().transactions() : null;
        // The Telegram bot's database path is made ready beside the dialog's assembly, and before
        // the first send: see Database.warmUp.
        CompletableFuture<Void> warm = transport == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> database.open().warmUp(), Bot::onItsOwnThread);
        if (transport != null) {
            OutboxStore rows = database.open().outbox(clock);
            DurableOutbox durable = DurableOutbox.start(rows, transactions, transport,
                    OutboundQueue.turnRemindersOff(users).andThen(Dialogs.diaryOffWhenBlocked(diary, prompts)),
                    QueueLimits.TELEGRAM, clock);
            OutboundQueue q = durable.queue();
            outbox = durable;
            queue = Optional.of(q);
            channelState = new ChannelState(new DurableUpdates(transactions, database.open().handledUpdates(clock)),
                    chatId -> q.pendingFor(chatId), alarming(content));
        }
        ExecutorScheduler scheduler = new ExecutorScheduler(2, "dialog-timer");
        DialogDependencies deps = new DialogDependencies(knowledge,
                content.classifier(), settings.nlu().policy(), content.triage(),
                users, diary, prompts, misses,
                outbox, scheduler, clock,
                new SessionSettings(settings.sessionIdle(), settings.maxSessions()));
        Dialogs.Assembly dialogs = Dialogs.assemble(deps);
        Dialog dialog = dialogs.engine();
        log.debug("dialog ready {} ms after the start", StartSnapshot.millisSince(start));
        Optional<ReminderService> reminders = Optional.empty();
        warm.join();
        if (outbox instanceof DurableOutbox durable) {
            // Only now, with the classifier trained: sending while start-up hogs the CPU would widen
            // the window in which a kill -9 leaves a sent message undeleted (and sends it twice).
            int left = durable.resume();
            if (left > 0) {
                log.info("{} messages left unsent by the last run are queued first", left);
            }
        }
        if (transport != null) {
            Optional<OutboundQueue> sending = queue;
            // Every kind of prompt: the evening one, then the diary's morning question and Sunday chart.
            List<PromptSource> sources = List.of(
                    new EveningPrompts(users, schedule, new PromptComposer(knowledge, new SplittableRandom())),
                    new TablePrompts(prompts, promptSchedule, dialogs.diaryPrompts()));
            ReminderService service = new ReminderService(sources, outbox,
                    () -> sending.map(OutboundQueue::pendingBulk).orElse(0), scheduler, clock,
                    ReminderService.Config.DEFAULT, transactions);
            service.start();
            reminders = Optional.of(service);
        }
        return new Bot(dialog, knowledge.messages(), scheduler, misses, database, outbox, queue, reminders,
                channelState);
    }

    /** Texts that flood control never skips: an emergency or a warning sign, as triage reads it alone. */
    private static Predicate<String> alarming(BotContent content) {
        return text -> {
            Assessment a = content.triage().assess(content.analyzer().analyze(text));
            return a.is(Level.EMERGENCY) || a.is(Level.URGENT);
        };
    }

    /** What the Telegram channel needs to handle updates durably and to bound each chat's queue. */
    public ChannelState channelState() {
        return channelState;
    }

    /** Start-up work beside the main thread (the common pool has one worker on two cores). */
    static void onItsOwnThread(Runnable task) {
        Thread thread = new Thread(task, "start-up");
        thread.setDaemon(true);
        thread.start();
    }

    public Dialog dialog() {
        return dialog;
    }

    /** The texts of the content the bot was started with, for the channel's own replies. */
    public Messages messages() {
        return messages;
    }

    /** Where channels send the dialog's replies: the outbound queue when there is one. */
    public Outbox outbox() {
        return outbox;
    }

    /** The questions the bot did not understand, for {@code report}. */
    MissLog misses() {
        return misses;
    }

    /**
     * Stops prompting (due ones stay in the database), drains the queue for up to 25 s (what is left
     * stays in the outbox for the next start), then closes the pool.
     */
    @Override
    public void close() {
        reminders.ifPresent(ReminderService::close);
        if (outbox instanceof DurableOutbox durable) {
            durable.close();
        } else {
            queue.ifPresent(OutboundQueue::close);
        }
        scheduler.close();
        database.close();
    }
}
