package ru.sleepbot.app;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.dialog.Dialog;
import ru.sleepbot.dialog.DialogDependencies;
import ru.sleepbot.dialog.Dialogs;
import ru.sleepbot.dialog.SessionSettings;
import ru.sleepbot.dialog.WarningSignGuard;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.IntentModel;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.store.MissLog;
import ru.sleepbot.time.ExecutorScheduler;

/** The assembled bot: content, classifier, store and dialog, wired by constructors. */
final class Bot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Bot.class);

    private final Dialog dialog;
    private final ExecutorScheduler scheduler;
    private final MissLog misses;

    private Bot(Dialog dialog, ExecutorScheduler scheduler, MissLog misses) {
        this.dialog = dialog;
        this.scheduler = scheduler;
        this.misses = misses;
    }

    static KnowledgeBase loadContent(Settings settings) {
        ContentLoader loader = new ContentLoader();
        return settings.intentsDir().map(loader::load).orElseGet(loader::loadBundled);
    }

    /** Trains the intent classifier on the loaded content (about a second; done once at start). */
    static IntentClassifier trainClassifier(KnowledgeBase knowledge, Settings settings) {
        long start = System.nanoTime();
        IntentModel model = IntentModel.train(knowledge.examples(), settings.nlu().training());
        log.info("intent model ({}) trained on {} examples in {} ms", settings.nlu().training(),
                knowledge.examples().size(), (System.nanoTime() - start) / 1_000_000);
        return model.classifier(settings.nlu());
    }

    static Bot start(Settings settings, Outbox outbox) {
        log.info("starting with {}", settings);
        KnowledgeBase knowledge = loadContent(settings);
        ExecutorScheduler scheduler = new ExecutorScheduler(2, "dialog-timer");
        DialogDependencies deps = new DialogDependencies(knowledge,
                trainClassifier(knowledge, settings),
                new WarningSignGuard(knowledge, new TextNormalizer()),
                // TODO(store): replace with the JDBC store and miss log.
                new ru.sleepbot.store.UserStore() {
                    public Optional<ru.sleepbot.store.UserSettings> find(long chatId) { return Optional.empty(); }
                    public ru.sleepbot.store.UserSettings update(long chatId,
                            java.util.function.UnaryOperator<ru.sleepbot.store.UserSettings> change) {
                        return change.apply(ru.sleepbot.store.UserSettings.defaults(chatId, settings.defaultZone()));
                    }
                    public boolean forget(long chatId) { return false; }
                },
                new MissLog() {
                    public void record(String hash, String text) { }
                    public java.util.List<ru.sleepbot.store.MissCount> top(int limit) { return java.util.List.of(); }
                },
                outbox, scheduler, Clock.systemUTC(),
                new SessionSettings(settings.sessionIdle(), settings.maxSessions()));
        return new Bot(Dialogs.create(deps), scheduler, deps.misses());
    }

    Dialog dialog() {
        return dialog;
    }

    /** The questions the bot did not understand, for {@code report}. */
    MissLog misses() {
        return misses;
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
