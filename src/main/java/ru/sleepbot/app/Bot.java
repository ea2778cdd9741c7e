package ru.sleepbot.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
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
import ru.sleepbot.nlu.IntentModel;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.outbound.OutboundQueue;
import ru.sleepbot.outbound.QueueLimits;
import ru.sleepbot.reminder.EveningPrompts;
import ru.sleepbot.reminder.PromptComposer;
import ru.sleepbot.reminder.PromptSchedule;
import ru.sleepbot.reminder.PromptSource;
import ru.sleepbot.reminder.ReminderSchedule;
import ru.sleepbot.reminder.ReminderService;
import ru.sleepbot.reminder.TablePrompts;
import ru.sleepbot.safety.WarningSignGuard;
import ru.sleepbot.store.Database;
import ru.sleepbot.store.JdbcTarget;
import ru.sleepbot.store.MissLog;
import ru.sleepbot.store.ReminderStore;
import ru.sleepbot.store.prompt.PromptStore;
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

    private Bot(Dialog dialog, Messages messages, ExecutorScheduler scheduler, MissLog misses, Database database,
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

    /** Trains the intent classifier on the loaded content (a few seconds; done once at start). */
    public static IntentClassifier trainClassifier(KnowledgeBase knowledge, Settings settings) {
        long start = System.nanoTime();
        IntentModel model = IntentModel.train(knowledge.examples(), settings.nlu().training());
        log.info("intent model ({}) trained on {} examples in {} ms", settings.nlu().training(),
                knowledge.examples().size(), (System.nanoTime() - start) / 1_000_000);
        return model.classifier();
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
        Clock clock = Clock.systemUTC();
        KnowledgeBase knowledge = loadContent(settings);
        Database database = Database.open(JdbcTarget.from(settings.databaseUrl(), EMBEDDED_DB_DIR));
        ReminderSchedule schedule = new ReminderSchedule();
        ReminderStore users = database.users(settings.defaultZone(), clock, schedule);
        PromptSchedule promptSchedule = new PromptSchedule();
        PromptStore prompts = database.prompts(clock, promptSchedule, settings.defaultZone());
        MissLog misses = database.misses(clock);
        Outbox outbox = outboxFor.apply(users);
        Optional<OutboundQueue> queue = outbox instanceof OutboundQueue q ? Optional.of(q) : Optional.empty();
        ExecutorScheduler scheduler = new ExecutorScheduler(2, "dialog-timer");
        DialogDependencies deps = new DialogDependencies(knowledge,
                trainClassifier(knowledge, settings), settings.nlu().policy(),
                new WarningSignGuard(knowledge, new TextNormalizer()),
                users, database.diary(clock), prompts, misses,
                outbox, scheduler, clock,
                new SessionSettings(settings.sessionIdle(), settings.maxSessions()));
        Optional<ReminderService> reminders = Optional.empty();
        if (sendReminders) {
            // Every kind of prompt: the evening one, then the diary's morning question and Sunday chart.
            List<PromptSource> sources = List.of(
                    new EveningPrompts(users, schedule, new PromptComposer(knowledge, new SplittableRandom())),
                    new TablePrompts(prompts, promptSchedule, Dialogs.diaryPrompts(deps)));
            ReminderService service = new ReminderService(sources, outbox,
                    () -> queue.map(OutboundQueue::pendingBulk).orElse(0), scheduler, clock,
                    ReminderService.Config.DEFAULT);
            service.start();
            reminders = Optional.of(service);
        }
        return new Bot(Dialogs.create(deps), knowledge.messages(), scheduler, misses, database, outbox, queue, reminders);
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
