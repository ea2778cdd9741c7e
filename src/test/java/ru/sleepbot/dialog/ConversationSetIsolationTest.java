package ru.sleepbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.sleepbot.dialog.eval.Conversation;
import ru.sleepbot.nlu.IntentSample;
import ru.sleepbot.nlu.TextNormalizer;

/**
 * The blind conversation sets we tune on (dev to dev5) stay evidence: no user line of them (three words or more,
 * normalized) stands in intents/ as a training phrase. A failure names the training phrase by
 * intent and position, as nlu.DevSetIsolationTest does for the NLU sets. The held-out set is not
 * read here: it is neither opened nor run by the people who change the dialog.
 */
class ConversationSetIsolationTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final int MIN_WORDS = 3;

    @ParameterizedTest
    @ValueSource(strings = {"dev", "dev2", "dev3", "dev4", "dev5"})
    void noUserLineOfTheConversationsIsATrainingPhrase(String set) throws IOException {
        Map<String, String> training = new HashMap<>();
        Map<String, Integer> position = new HashMap<>();
        for (IntentSample sample : IntentSample.of(DialogHarness.CONTENT)) {
            int n = position.merge(sample.intent(), 1, Integer::sum);
            training.putIfAbsent(NORMALIZER.normalize(sample.text()), sample.intent() + " #" + n);
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of("src/test/resources/conversations", set))) {
            files = listed.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).as(set + " has conversations").isNotEmpty();

        Set<String> standing = new TreeSet<>();
        for (Path file : files) {
            for (Conversation.Turn turn : Conversation.read(file).turns()) {
                String normalized = NORMALIZER.normalize(turn.said());
                String phrase = training.get(normalized);
                if (phrase != null && normalized.split(" ").length >= MIN_WORDS) {
                    standing.add(phrase);
                }
            }
        }
        assertThat(standing).as("training phrases of intents/ that are also user lines of " + set).isEmpty();
    }
}
