package ru.sleepbot.dialog;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import ru.sleepbot.chat.ChatRef;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.safety.WarningSignGuard;
import ru.sleepbot.store.InMemoryMissLog;
import ru.sleepbot.store.InMemoryUserStore;
import ru.sleepbot.time.ManualScheduler;
import ru.sleepbot.time.MutableClock;

/**
 * The real engine over the real content in intents/, the real warning-sign guard, in-memory
 * stores and a fake clock; the classifier is {@link #classifier()}, the one place to swap in the
 * trained model.
 */
final class DialogHarness {

    static final KnowledgeBase CONTENT = new ContentLoader().load(Path.of("intents"));
    static final ChatRef CHAT = ChatRef.privateChat(42L);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T19:00:00Z"));
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final InMemoryUserStore users = new InMemoryUserStore(ZoneId.of("Europe/Moscow"));
    final InMemoryMissLog misses = new InMemoryMissLog();
    final IntentClassifier classifier;
    DialogEngine engine;

    DialogHarness() {
        this(classifier());
    }

    DialogHarness(IntentClassifier classifier) {
        this.classifier = classifier;
        this.engine = build();
    }

    /** The classifier dialog tests run with: a keyword stand-in until the trained model is merged. */
    static IntentClassifier classifier() {
        return new KeywordClassifier();
    }

    /** A bot restart: sessions are gone, what the store keeps stays. */
    void restart() {
        engine = build();
    }

    private DialogEngine build() {
        DialogDependencies deps = new DialogDependencies(CONTENT, classifier,
                new WarningSignGuard(CONTENT, new TextNormalizer()), users, misses, message -> { },
                scheduler, clock, SessionSettings.DEFAULT);
        return Dialogs.create(deps, UnderstandingPolicy.DEFAULT, new Random(7));
    }

    List<Reply> say(String text) {
        return replies(engine.handle(new Incoming.Text(CHAT, text)));
    }

    List<Reply> press(String data) {
        return replies(engine.handle(new Incoming.Press(CHAT, data)));
    }

    static List<Reply> replies(List<Outgoing> out) {
        return out.stream().map(Outgoing::reply).toList();
    }
}
