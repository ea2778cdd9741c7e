package ru.sleepbot.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
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
import ru.sleepbot.outbound.OutboundQueue;
import ru.sleepbot.outbound.QueueLimits;
import ru.sleepbot.reminder.PromptComposer;
import ru.sleepbot.reminder.ReminderSchedule;
import ru.sleepbot.reminder.ReminderService;
import ru.sleepbot.store.JdbcTarget;
import ru.sleepbot.store.MissLog;
import ru.sleepbot.store.ReminderStore;
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

    private Bot(Dialog dialog, Messages messages, ExecutorScheduler scheduler, MissLog misses, DatabaseOpening database,
                Outbox outbox, Optional<OutboundQueue> queue, Optional<ReminderService> reminders) {
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
        return assemble(settings, users -> outbox, false);
    }

    /**
     * The Telegram bot: every send (answers via {@link #outbox()}, timed steps, evening prompts)
     * goes through one {@link OutboundQueue} over {@code transport}; reminders are sent.
     */
    public static Bot start(Settings settings, Transport transport) {
        return assemble(settings, users -> new OutboundQueue(transport, users, Clock.systemUTC(), QueueLimits.TELEGRAM),
                true);
    }

    private static Bot assemble(Settings settings, Function<ReminderStore, Outbox> outboxFor, boolean sendReminders) {
        log.info("starting with {}", settings);
        long start = System.nanoTime();
        Clock clock = Clock.systemUTC();
        // The database opens (the pool and Flyway, most of a second) while the content, the triage
        // and the classifier are made ready (from the build's snapshot and model: a few tenths).
        DatabaseOpening database = DatabaseOpening.start(JdbcTarget.from(settings.databaseUrl(), EMBEDDED_DB_DIR));
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
        ReminderStore users = database.users(settings.defaultZone(), clock, schedule, sendReminders);
        MissLog misses = database.misses(clock, sendReminders);
        Outbox outbox = outboxFor.apply(users);
        Optional<OutboundQueue> queue = outbox instanceof OutboundQueue q ? Optional.of(q) : Optional.empty();
        ExecutorScheduler scheduler = new ExecutorScheduler(2, "dialog-timer");
        DialogDependencies deps = new DialogDependencies(knowledge,
                content.classifier(), settings.nlu().policy(), content.triage(),
                users, misses,
                outbox, scheduler, clock,
                new SessionSettings(settings.sessionIdle(), settings.maxSessions()));
        Optional<ReminderService> reminders = Optional.empty();
        if (sendReminders) {
            ReminderService service = new ReminderService(users, schedule,
                    new PromptComposer(knowledge, new SplittableRandom()), outbox,
                    () -> queue.map(OutboundQueue::pendingBulk).orElse(0), scheduler, clock,
                    ReminderService.Config.DEFAULT);
            service.start();
            reminders = Optional.of(service);
        }
        Dialog dialog = Dialogs.create(deps);
        log.debug("dialog ready {} ms after the start", StartSnapshot.millisSince(start));
        return new Bot(dialog, knowledge.messages(), scheduler, misses, database, outbox, queue, reminders);
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

    /** Stops prompting (due ones stay in the database), drains the queue, then closes the pool. */
    @Override
    public void close() {
        reminders.ifPresent(ReminderService::close);
        queue.ifPresent(OutboundQueue::close);
        scheduler.close();
        database.close();
    }
}
