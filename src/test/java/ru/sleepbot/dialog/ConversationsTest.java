package ru.sleepbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.sleepbot.dialog.assembly.DialogDependencies;
import ru.sleepbot.dialog.assembly.Dialogs;
import ru.sleepbot.dialog.eval.Conversation;
import ru.sleepbot.dialog.eval.ConversationEvaluator;
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
 * The blind conversations (src/test/resources/conversations/, docs/blind-data.md) through the
 * production dialog with the trained model: the share of turns answered with the right kind of
 * reply, and no "not my topic" to a message that names a feature of the bot.
 */
class ConversationsTest {

    /** Floors a little under the figures reached with the trained model here, so an unrelated change does not flip them. */
    static final double DEV_FLOOR = 0.90;
    static final double DEV2_FLOOR = 0.87;
    static final double DEV3_FLOOR = 0.82;
    static final double DEV4_FLOOR = 0.75;
    /** dev4 has no feature request answered "not my topic" any more (routines asked for in words, "верни как было"). */
    static final int DEV4_REFUSED = 0;
    static final double DEV5_FLOOR = 0.785;
    /** dev5's five "not my topic" answers to feature requests are gone ("го тест пройдем", routines in plain words). */
    static final int DEV5_REFUSED = 0;

    static ConversationEvaluator.Report play(Path folder) throws IOException {
        List<Conversation> conversations = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                conversations.add(Conversation.read(file));
            }
        }
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T17:00:00Z"));
        DialogDependencies deps = new DialogDependencies(DialogHarness.CONTENT, TrainedClassifier.shared(),
                NluSettings.DEFAULTS.policy(), Triage.fromContent(DialogHarness.CONTENT, new RussianAnalyzer(new TextNormalizer())),
                new InMemoryUserStore(ZoneId.of("Europe/Moscow")), new InMemoryDiaryStore(), new InMemoryPromptStore(clock, new PromptSchedule()), new InMemoryMissLog(), message -> { },
                new ManualScheduler(clock), clock, SessionSettings.DEFAULT);
        // Each message half a minute after the one before, as `eval --dialogs` plays them.
        return ConversationEvaluator.evaluate(Dialogs.create(deps, new Random(7)), conversations,
                () -> clock.advance(Duration.ofSeconds(30)));
    }

    static void write(ConversationEvaluator.Report report, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("right %d of %d turns (%.3f); feature requests answered 'not my topic': %d",
                report.right(), report.turns().size(), report.share(), report.featuresRefused()));
        report.turns().stream().filter(t -> !t.right()).forEach(t -> lines.add(t.conversation() + ":" + t.line()
                + "\t" + t.said() + "\n\texpected " + t.expected() + "\n\tgot " + t.got()));
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Plays one set of src/test/resources/conversations/ and writes its misses to target/conversations-SET.txt. */
    private static ConversationEvaluator.Report playAndWrite(String set) throws IOException {
        ConversationEvaluator.Report report = play(Path.of("src/test/resources/conversations", set));
        write(report, Path.of("target/conversations-" + set + ".txt"));
        return report;
    }

    @Test
    void theDevConversationsAreAnsweredRight() throws IOException {
        ConversationEvaluator.Report report = playAndWrite("dev");

        assertThat(report.turns()).hasSizeGreaterThan(400);
        assertThat(report.share()).as("share of dev turns answered right (target/conversations-dev.txt)")
                .isGreaterThanOrEqualTo(DEV_FLOOR);
        assertThat(report.featuresRefused()).as("feature requests answered 'not my topic'").isZero();
    }

    /**
     * The second blind set (docs/blind-data.md), written by a writer who never saw the first: scored
     * once untuned at 0.664 (main) and then tuned on by classes of failure. Its floor is the figure
     * reached, below the 0.90 target: see docs/blind-data.md.
     */
    @Test
    void theSecondDevConversationsKeepTheFigureReached() throws IOException {
        keepsTheFigureReached("dev2", DEV2_FLOOR);
    }

    /**
     * The third blind set (docs/blind-data.md), written by a writer who had seen neither of the
     * others: scored once untuned at 0.658 (246 of 374 turns, 6 feature requests answered "not my
     * topic"), then tuned on by classes of failure. Its floor is the figure reached.
     */
    @Test
    void theThirdDevConversationsKeepTheFigureReached() throws IOException {
        keepsTheFigureReached("dev3", DEV3_FLOOR);
    }

    /**
     * The fourth blind set (docs/blind-data.md), written by a writer who had seen none of the others:
     * scored once untuned by the lead at 0.566 (244 of 431 turns, 11 feature requests answered "not
     * my topic"), then tuned on by classes of failure. Its floor is the figure reached (300, 0.696, 2 refused).
     */
    @Test
    void theFourthDevConversationsKeepTheFigureReached() throws IOException {
        keepsTheFigureReached("dev4", DEV4_FLOOR, DEV4_REFUSED);
    }

    /**
     * The fifth blind set (docs/blind-data.md), by a writer who had seen none of the others: scored once
     * untuned by the lead at 0.719 (312 of 434 turns, 5 feature requests answered "not my topic"), then
     * tuned on by classes of failure. Its floor is the figure reached (341 of 434, 0.786 here; 0 refused).
     */
    @Test
    void theFifthDevConversationsKeepTheFigureReached() throws IOException {
        keepsTheFigureReached("dev5", DEV5_FLOOR, DEV5_REFUSED);
    }

    /** A set tuned on after its untuned score: at least its floor, at most one feature request refused. */
    private static void keepsTheFigureReached(String set, double floor) throws IOException {
        keepsTheFigureReached(set, floor, 1);
    }

    private static void keepsTheFigureReached(String set, double floor, int refused) throws IOException {
        ConversationEvaluator.Report report = playAndWrite(set);

        assertThat(report.turns()).hasSizeGreaterThan(300);
        assertThat(report.share()).as("share of " + set + " turns answered right (target/conversations-" + set + ".txt)")
                .isGreaterThanOrEqualTo(floor);
        assertThat(report.featuresRefused()).as("feature requests answered 'not my topic'").isLessThanOrEqualTo(refused);
    }
}
