package ru.sleepbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.ChatRef;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Topic;
import ru.sleepbot.dialog.assembly.DialogDependencies;
import ru.sleepbot.dialog.assembly.Dialogs;
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
 * The knowledge base's promise, end to end: a natural question about each topic, one that is not
 * a training example, gets that topic's answer from the production dialog and the trained model.
 *
 * <p>The file has two parts. The questions above the "blind" marker were written by us while
 * writing the topics, so each must work. The questions below it were written by a helper that never
 * saw intents/ (docs/blind-data.md): they are evidence, not a target to tune to, so they are held to
 * a rate and every miss is written to target/topic-questions.txt for reading. The topic's answer must
 * be among the replies, or one press away: on a clarifying question, or on a warning reply (a warning
 * sign or a medicine risk is answered first, with a button to the topic that tells more).
 */
class TopicQuestionsTest {

    private static final ChatRef CHAT = ChatRef.privateChat(7L);
    private static final Path QUESTIONS = Path.of("src/test/resources/dialogs/topic-questions.tsv");
    private static final String BLIND_MARKER = "# Written blind";
    /** Blind questions reaching their topic directly or one press away: 138 of 144 (0.958) when written. */
    private static final double BLIND_FLOOR = 0.90;

    static Stream<Arguments> questions() throws IOException {
        return rows(false).stream().map(r -> Arguments.of(r[0], r[1]));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("questions")
    void aQuestionWeWroteGetsItsTopicsAnswer(String topicIds, String question) {
        List<Topic> topic = topics(topicIds);

        List<Reply> replies = askAndFollowClarification(topic, question);

        assertThat(answers(topic, replies)).as("replies to: " + question + " → " + replies).isTrue();
    }

    @Test
    void mostBlindQuestionsReachTheirTopic() throws IOException {
        List<String[]> blind = rows(true);
        List<String> misses = new ArrayList<>();
        for (String[] row : blind) {
            List<Topic> topic = topics(row[0]);
            List<Reply> replies = askAndFollowClarification(topic, row[1]);
            if (!answers(topic, replies)) {
                misses.add(row[0] + "\t" + row[1] + "\t" + replies.stream()
                        .map(r -> r.kindOf().orElse("?")).collect(Collectors.joining(" | ")));
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/topic-questions.txt"), misses, StandardCharsets.UTF_8);

        double reached = 1.0 - (double) misses.size() / blind.size();
        assertThat(reached).as("blind questions reaching their topic; misses in target/topic-questions.txt")
                .isGreaterThanOrEqualTo(BLIND_FLOOR);
    }

    @Test
    void almostEveryQuestionWeWroteIsAnsweredWithoutAClarifyingQuestion() throws IOException {
        List<String[]> ours = rows(false);
        // A warning reply first (a medicine risk, a warning sign) with a button to the topic is the
        // design, not a failure to understand; only "X or Y?" and "which topic?" are counted here.
        List<String> clarified = ours.stream()
                .filter(r -> ask(newProductionDialog(), r[1]).stream()
                        .anyMatch(reply -> reply.kind().startsWith("clarify")))
                .map(r -> r[1])
                .toList();

        assertThat(clarified).hasSizeLessThanOrEqualTo(2);
    }

    /** Asks on a fresh dialog; when the answer is not there, presses the topic's button if one is offered. */
    private static List<Reply> askAndFollowClarification(List<Topic> topic, String question) {
        DialogEngine dialog = newProductionDialog();
        List<Reply> replies = ask(dialog, question);
        if (answers(topic, replies)) {
            return replies;
        }
        return buttonOffering(topic, replies)
                .map(pick -> dialog.handle(new Incoming.Press(CHAT, pick.encoded())).stream().map(o -> o.reply()).toList())
                .orElse(replies);
    }

    private static List<Reply> ask(DialogEngine dialog, String question) {
        return dialog.handle(new Incoming.Text(CHAT, question)).stream().map(o -> o.reply()).toList();
    }

    /** The answer of one of the topics, or one of its sections, opens one of the replies. */
    private static boolean answers(List<Topic> topics, List<Reply> replies) {
        List<String> texts = topics.stream()
                .flatMap(topic -> Stream.concat(Stream.of(topic.answer()), topic.sections().values().stream())).toList();
        return replies.stream().anyMatch(reply -> texts.stream().anyMatch(text -> reply.text().startsWith(text)));
    }

    /**
     * The button for one of {@code topics} on a clarifying question or a warning reply, if one was offered
     * (not the "see also" buttons under another topic's answer: that answer was the wrong one).
     */
    private static Optional<Button> buttonOffering(List<Topic> topics, List<Reply> replies) {
        String clarify = DialogHarness.CONTENT.messages().text("dialog.clarify", java.util.Map.of("first", "", "second", ""));
        String opening = clarify.substring(0, clarify.indexOf('«'));
        return replies.stream()
                .filter(r -> r.text().startsWith(opening) || r.kindOf().filter(TopicQuestionsTest::isWarning).isPresent())
                .flatMap(r -> r.buttons().stream())
                .filter(b -> b.data() instanceof ButtonData.Topic t
                        && topics.stream().anyMatch(topic -> t.topicId().equals(topic.id())))
                .findFirst();
    }

    /**
     * "child_sleep|sleep_behaviours": a question two topics answer equally well (a child talking and
     * laughing in sleep); either answer is right.
     */
    private static List<Topic> topics(String ids) {
        return Stream.of(ids.split("\\|")).map(id -> DialogHarness.CONTENT.topic(id).orElseThrow()).toList();
    }

    private static boolean isWarning(String kind) {
        return kind.startsWith("urgent ") || kind.startsWith("medicine ");
    }

    @Test
    void everyTopicHasQuestionsAndNoneIsATrainingExample() throws IOException {
        TextNormalizer normalizer = new TextNormalizer();
        Set<String> training = DialogHarness.CONTENT.examples().stream()
                .map(e -> normalizer.normalize(e.text())).collect(Collectors.toSet());
        List<String[]> rows = Stream.concat(rows(false).stream(), rows(true).stream()).toList();

        assertThat(rows.stream().flatMap(r -> Stream.of(r[0].split("\\|"))).collect(Collectors.toSet()))
                .containsAll(DialogHarness.CONTENT.topics().stream().map(Topic::id).toList());
        assertThat(rows).noneMatch(r -> training.contains(normalizer.normalize(r[1])));
    }

    /** The dialog exactly as the bot builds it (Dialogs.create), with in-memory stores. */
    private static DialogEngine newProductionDialog() {
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-26T19:00:00Z"));
        DialogDependencies deps = new DialogDependencies(DialogHarness.CONTENT, TrainedClassifier.shared(),
                NluSettings.DEFAULTS.policy(), Triage.fromContent(DialogHarness.CONTENT, new RussianAnalyzer(new TextNormalizer())),
                new InMemoryUserStore(java.time.ZoneId.of("Europe/Moscow")), new InMemoryDiaryStore(), new InMemoryPromptStore(clock, new PromptSchedule()), new InMemoryMissLog(), message -> { },
                new ManualScheduler(clock), clock, SessionSettings.DEFAULT);
        return Dialogs.create(deps);
    }

    /** The rows written by us ({@code blind == false}) or those below the blind marker. */
    private static List<String[]> rows(boolean blind) throws IOException {
        List<String> all = Files.readAllLines(QUESTIONS, StandardCharsets.UTF_8);
        int marker = IntStream.range(0, all.size()).filter(i -> all.get(i).startsWith(BLIND_MARKER)).findFirst()
                .orElseThrow(() -> new AssertionError("no blind marker in " + QUESTIONS));
        List<String> part = blind ? all.subList(marker + 1, all.size()) : all.subList(0, marker);
        return part.stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.toLowerCase(Locale.ROOT).split("\t", 2)).toList();
    }
}
