package ru.sleepbot.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
import ru.sleepbot.nlu.IntentSample;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.nlu.opennlp.Cues;
import ru.sleepbot.nlu.opennlp.IntentModel;
import ru.sleepbot.nlu.opennlp.ModelFile;
import ru.sleepbot.nlu.opennlp.TrainingOptions;
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
import ru.sleepbot.safety.Triage;
import ru.sleepbot.store.Database;
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
    private final Database database;
    private final Outbox outbox;
    private final Optional<OutboundQueue> queue;
    private final Optional<ReminderService> reminders;
    private final ChannelState channelState;

    private Bot(Dialog dialog, Messages messages, ExecutorScheduler scheduler, MissLog misses, Database database,
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
        return classifier(knowledge, settings, CompletableFuture.completedFuture(ModelFile.bundled()));
    }

    private static IntentClassifier classifier(KnowledgeBase knowledge, Settings settings,
                                               CompletableFuture<Optional<ModelFile.Stored>> bundled) {
        long start = System.nanoTime();
        List<IntentSample> samples = IntentSample.of(knowledge);
        Cues cues = Cues.from(knowledge.lexicon());
        TrainingOptions options = TrainingOptions.best();
        String fingerprint = ModelFile.fingerprint(samples, cues, options);
        Optional<IntentModel> loaded = bundled.join().flatMap(stored -> stored.fitting(fingerprint, cues));
        IntentModel model;
        if (loaded.isPresent()) {
            model = loaded.get();
            log.info("intent model loaded ({} ms after the content)", (System.nanoTime() - start) / 1_000_000);
        } else {
            model = IntentModel.train(samples, cues, options);
            log.info("intent model ({}) trained on {} examples in {} ms (no bundled model for this content)",
                    options, samples.size(), (System.nanoTime() - start) / 1_000_000);
        }
        return settings.nlu().calibration().applyTo(model.classifier());
    }

    /** A bot whose own messages go to {@code outbox} (the console); it sends no evening prompts. */
    public static Bot start(Settings settings, Outbox outbox) {
        return start(settings, JdbcTarget.from(settings.databaseUrl(), EMBEDDED_DB_DIR), outbox, null);
    }

    /**
     * The Telegram bot on {@code target}: every send (answers via {@link #outbox()}, timed steps,
     * evening prompts) goes through the durable outbox and one {@link OutboundQueue} over
     * {@code transport}; what an earlier run left unsent goes first; reminders are sent.
     */
    public static Bot start(Settings settings, JdbcTarget target, Transport transport) {
        return start(settings, target, null, transport);
    }

    private static Bot start(Settings settings, JdbcTarget target, Outbox console, Transport transport) {
        log.info("starting with {}", settings);
        Clock clock = Clock.systemUTC();
        // The database opens (Flyway, about 0.7 s) and the bundled model is read while the content
        // is loaded (about as long): together they are most of the time to the first reply.
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(
                () -> Database.open(target), Bot::onItsOwnThread);
        CompletableFuture<Optional<ModelFile.Stored>> bundled =
                CompletableFuture.supplyAsync(ModelFile::bundled, Bot::onItsOwnThread);
        KnowledgeBase knowledge;
        IntentClassifier classifier;
        try {
            knowledge = loadContent(settings);
            classifier = classifier(knowledge, settings, bundled);
        } catch (RuntimeException e) {
            opening.thenAccept(Database::close);
            throw e;
        }
        Database database = opened(opening);
        ReminderSchedule schedule = new ReminderSchedule();
        ReminderStore users = database.users(settings.defaultZone(), clock, schedule);
        PromptSchedule promptSchedule = new PromptSchedule();
        PromptStore prompts = database.prompts(clock, promptSchedule, settings.defaultZone());
        DiaryStore diary = database.diary(clock);
        MissLog misses = database.misses(clock);
        Transactions transactions = database.transactions();
        Outbox outbox = console;
        Optional<OutboundQueue> queue = Optional.empty();
        ChannelState channelState = ChannelState.inMemory();
        if (transport != null) {
            OutboxStore rows = database.outbox(clock);
            DurableOutbox durable = DurableOutbox.start(rows, transactions, transport,
                    OutboundQueue.turnRemindersOff(users).andThen(Dialogs.diaryOffWhenBlocked(diary, prompts)),
                    QueueLimits.TELEGRAM, clock);
            OutboundQueue q = durable.queue();
            outbox = durable;
            queue = Optional.of(q);
            channelState = new ChannelState(new DurableUpdates(transactions, database.handledUpdates(clock)),
                    chatId -> q.pendingFor(chatId));
        }
        ExecutorScheduler scheduler = new ExecutorScheduler(2, "dialog-timer");
        DialogDependencies deps = new DialogDependencies(knowledge,
                classifier, settings.nlu().policy(),
                Triage.fromContent(knowledge, new RussianAnalyzer(new TextNormalizer())),
                users, diary, prompts, misses,
                outbox, scheduler, clock,
                new SessionSettings(settings.sessionIdle(), settings.maxSessions()));
        Dialogs.Assembly dialogs = Dialogs.assemble(deps);
        Dialog dialog = dialogs.engine();
        Optional<ReminderService> reminders = Optional.empty();
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

    /** What the Telegram channel needs to handle updates durably and to bound each chat's queue. */
    public ChannelState channelState() {
        return channelState;
    }

    /** Start-up work beside the main thread (the common pool has one worker on two cores). */
    private static void onItsOwnThread(Runnable task) {
        Thread thread = new Thread(task, "start-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The opened database, or the exception that stopped it, as it was thrown. */
    private static Database opened(CompletableFuture<Database> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
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
