package ru.sleepbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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
import ru.sleepbot.safety.WarningSignGuard;
import ru.sleepbot.reminder.PromptSchedule;
import ru.sleepbot.store.InMemoryDiaryStore;
import ru.sleepbot.store.InMemoryMissLog;
import ru.sleepbot.store.InMemoryPromptStore;
import ru.sleepbot.store.InMemoryUserStore;
import ru.sleepbot.time.ManualScheduler;
import ru.sleepbot.time.MutableClock;

/**
 * The knowledge base's promise, end to end: a natural question about each topic, one that is not
 * a training example, gets that topic's answer from the production dialog and the trained model.
 */
class TopicQuestionsTest {

    private static final ChatRef CHAT = ChatRef.privateChat(7L);
    private static final Path QUESTIONS = Path.of("src/test/resources/dialogs/topic-questions.tsv");

    static Stream<Arguments> questions() throws IOException {
        return lines().stream().map(l -> l.split("\t", 2)).map(p -> Arguments.of(p[0], p[1]));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("questions")
    void aNaturalQuestionGetsItsTopicsAnswer(String topicId, String question) {
        Topic topic = DialogHarness.CONTENT.topic(topicId).orElseThrow();
        DialogEngine dialog = newProductionDialog();

        List<Reply> replies = ask(dialog, question);
        if (!answers(topic, replies)) {
            Button pick = clarificationOffering(topic, replies);
            replies = dialog.handle(new Incoming.Press(CHAT, pick.encoded())).stream().map(o -> o.reply()).toList();
        }

        assertThat(answers(topic, replies)).as("replies to: " + question + " → " + replies).isTrue();
    }

    @Test
    void almostEveryQuestionIsAnsweredWithoutAClarifyingQuestion() throws IOException {
        long direct = lines().stream().map(l -> l.split("\t", 2))
                .filter(r -> answers(DialogHarness.CONTENT.topic(r[0]).orElseThrow(), ask(newProductionDialog(), r[1])))
                .count();

        assertThat(direct).isGreaterThanOrEqualTo(lines().size() - 2);
    }

    private static List<Reply> ask(DialogEngine dialog, String question) {
        return dialog.handle(new Incoming.Text(CHAT, question)).stream().map(o -> o.reply()).toList();
    }

    /** The topic's answer, or one of its sections, opens one of the replies. */
    private static boolean answers(Topic topic, List<Reply> replies) {
        List<String> texts = Stream.concat(Stream.of(topic.answer()), topic.sections().values().stream()).toList();
        return replies.stream().anyMatch(reply -> texts.stream().anyMatch(text -> reply.text().startsWith(text)));
    }

    /** The button for {@code topic} on a clarifying question; fails the test when there is none. */
    private static Button clarificationOffering(Topic topic, List<Reply> replies) {
        String clarify = DialogHarness.CONTENT.messages().text("dialog.clarify", java.util.Map.of("first", "", "second", ""));
        String opening = clarify.substring(0, clarify.indexOf('«'));
        return replies.stream()
                .filter(r -> r.text().startsWith(opening))
                .flatMap(r -> r.buttons().stream())
                .filter(b -> b.data() instanceof ButtonData.Topic t && t.topicId().equals(topic.id()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("neither " + topic.id() + "'s answer nor a clarifying question "
                        + "offering it: " + replies));
    }

    @Test
    void everyTopicHasQuestionsAndNoneIsATrainingExample() throws IOException {
        TextNormalizer normalizer = new TextNormalizer();
        Set<String> training = DialogHarness.CONTENT.examples().stream()
                .map(e -> normalizer.normalize(e.text())).collect(Collectors.toSet());
        List<String[]> rows = lines().stream().map(l -> l.split("\t", 2)).toList();

        assertThat(rows.stream().map(r -> r[0]).collect(Collectors.toSet()))
                .containsAll(DialogHarness.CONTENT.topics().stream().map(Topic::id).toList());
        assertThat(rows).noneMatch(r -> training.contains(normalizer.normalize(r[1])));
    }

    /** The dialog exactly as the bot builds it (Dialogs.create), with in-memory stores. */
    private static DialogEngine newProductionDialog() {
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-26T19:00:00Z"));
        DialogDependencies deps = new DialogDependencies(DialogHarness.CONTENT, TrainedClassifier.shared(),
                NluSettings.DEFAULTS.policy(), new WarningSignGuard(DialogHarness.CONTENT, new TextNormalizer()),
                new InMemoryUserStore(java.time.ZoneId.of("Europe/Moscow")), new InMemoryDiaryStore(), new InMemoryPromptStore(clock, new PromptSchedule()), new InMemoryMissLog(), message -> { },
                new ManualScheduler(clock), clock, SessionSettings.DEFAULT);
        return Dialogs.create(deps);
    }

    private static List<String> lines() throws IOException {
        return Files.readAllLines(QUESTIONS, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }
}
