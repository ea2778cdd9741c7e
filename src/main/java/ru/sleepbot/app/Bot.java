package ru.sleepbot.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.chat.Transport;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.dialog.Dialog;
import ru.sleepbot.dialog.DialogDependencies;
import ru.sleepbot.dialog.Dialogs;
import ru.sleepbot.dialog.SessionSettings;
import ru.sleepbot.dialog.WarningSignGuard;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.reminder.OutboundQueue;
import ru.sleepbot.reminder.PromptComposer;
import ru.sleepbot.reminder.QueueLimits;
import ru.sleepbot.reminder.ReminderSchedule;
import ru.sleepbot.reminder.ReminderService;
import ru.sleepbot.store.Database;
import ru.sleepbot.store.JdbcTarget;
import ru.sleepbot.store.ReminderStore;
import ru.sleepbot.time.ExecutorScheduler;

/** The assembled bot: content, classifier, store and dialog, wired by constructors. */
final class Bot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Bot.class);

    /** The embedded database's folder, relative to the working folder (wiped on Heroku: use DATABASE_URL there). */
    static final Path EMBEDDED_DB_DIR = Path.of("data");

    private final Dialog dialog;
    private final ExecutorScheduler scheduler;
    private final Database database;
    private final Outbox outbox;
    private final Optional<OutboundQueue> queue;
    private final Optional<ReminderService> reminders;

    private Bot(Dialog dialog, ExecutorScheduler scheduler, Database database, Outbox outbox,
                Optional<OutboundQueue> queue, Optional<ReminderService> reminders) {
        this.dialog = dialog;
        this.scheduler = scheduler;
        this.database = database;
        this.outbox = outbox;
        this.queue = queue;
        this.reminders = reminders;
    }

    static KnowledgeBase loadContent(Settings settings) {
        ContentLoader loader = new ContentLoader();
        return settings.intentsDir().map(loader::load).orElseGet(loader::loadBundled);
    }

    /** A bot whose own messages go to {@code outbox} (the console); it sends no evening prompts. */
    static Bot start(Settings settings, Outbox outbox) {
        return assemble(settings, users -> outbox, false);
    }

    /**
     * The Telegram bot: every send (answers via {@link #outbox()}, timed steps, evening prompts)
     * goes through one {@link OutboundQueue} over {@code transport}; reminders are sent.
     */
    static Bot start(Settings settings, Transport transport) {
        return assemble(settings, users -> new OutboundQueue(transport, users, Clock.systemUTC(), QueueLimits.TELEGRAM),
                true);
    }

    private static Bot assemble(Settings settings, Function<ReminderStore, Outbox> outboxFor, boolean sendReminders) {
        log.info("starting with {}", settings);
        Clock clock = Clock.systemUTC();
        KnowledgeBase knowledge = loadContent(settings);
        Database database = Database.open(JdbcTarget.from(settings.databaseUrl(), EMBEDDED_DB_DIR));
        ReminderSchedule schedule = new ReminderSchedule();
        ReminderStore users = database.users(settings.defaultZone(), clock, schedule);
        Outbox outbox = outboxFor.apply(users);
        Optional<OutboundQueue> queue = outbox instanceof OutboundQueue q ? Optional.of(q) : Optional.empty();
        ExecutorScheduler scheduler = new ExecutorScheduler(2, "dialog-timer");
        // TODO(nlu): replace this placeholder with the trained classifier.
        DialogDependencies deps = new DialogDependencies(knowledge,
                text -> new Classification(Classification.OUT_OF_SCOPE, 1, Classification.OUT_OF_SCOPE, 0, null),
                new WarningSignGuard(knowledge, new TextNormalizer()),
                users, database.misses(clock),
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
        return new Bot(Dialogs.create(deps), scheduler, database, outbox, queue, reminders);
    }

    Dialog dialog() {
        return dialog;
    }

    /** Where channels send the dialog's replies: the outbound queue when there is one. */
    Outbox outbox() {
        return outbox;
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
