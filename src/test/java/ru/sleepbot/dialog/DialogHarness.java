package ru.sleepbot.dialog;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import ru.sleepbot.chat.ButtonCodec;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.ChatRef;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.dialog.assembly.DialogDependencies;
import ru.sleepbot.dialog.assembly.Dialogs;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.NluSettings;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.reminder.PromptSchedule;
import ru.sleepbot.store.InMemoryDiaryStore;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.safety.Triage;
import ru.sleepbot.store.InMemoryMissLog;
import ru.sleepbot.store.InMemoryPromptStore;
import ru.sleepbot.store.InMemoryUserStore;
import ru.sleepbot.time.ManualScheduler;
import ru.sleepbot.time.MutableClock;

/**
 * The real engine over the real content in intents/, the real warning-sign guard, in-memory
 * stores and a fake clock; the classifier is {@link #classifier()}, the one place to swap in the
 * trained model.
 */
public final class DialogHarness {

    public static final KnowledgeBase CONTENT = new ContentLoader().load(Path.of("intents"));
    public static final ChatRef CHAT = ChatRef.privateChat(42L);

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T19:00:00Z"));
    public final ManualScheduler scheduler = new ManualScheduler(clock);
    public final InMemoryUserStore users = new InMemoryUserStore(ZoneId.of("Europe/Moscow"));
    public final InMemoryMissLog misses = new InMemoryMissLog();
    public final InMemoryDiaryStore diary = new InMemoryDiaryStore();
    public final InMemoryPromptStore prompts = new InMemoryPromptStore(clock, new PromptSchedule());
    public final IntentClassifier classifier;
    public DialogEngine engine;

    public DialogHarness() {
        this(classifier());
    }

    public DialogHarness(IntentClassifier classifier) {
        this.classifier = classifier;
        // /forget empties every table that names the person; these stand in for the database's tables.
        users.alsoForgets(diary::forget).alsoForgets(prompts::forget).alsoForgets(misses::forget);
        this.engine = build();
    }

    /** The classifier dialog tests run with: a keyword stand-in until the trained model is merged. */
    public static IntentClassifier classifier() {
        return new KeywordClassifier();
    }

    /** A bot restart: sessions are gone, what the store keeps stays. */
    public void restart() {
        engine = build();
    }

    private DialogEngine build() {
        // The production policy: transcripts run with the thresholds the bot runs with.
        DialogDependencies deps = new DialogDependencies(CONTENT, classifier, NluSettings.DEFAULTS.policy(),
                Triage.fromContent(CONTENT, new RussianAnalyzer(new TextNormalizer())), users, diary, prompts, misses, message -> { },
                scheduler, clock, SessionSettings.DEFAULT);
        return Dialogs.create(deps, new Random(7));
    }

    public List<Reply> say(String text) {
        return replies(engine.handle(new Incoming.Text(CHAT, text)));
    }

    public List<Reply> press(String data) {
        return replies(engine.handle(new Incoming.Press(CHAT, data)));
    }

    public List<Reply> press(ButtonData data) {
        return press(ButtonCodec.encode(data));
    }

    public static List<Reply> replies(List<Outgoing> out) {
        return out.stream().map(Outgoing::reply).toList();
    }
}
