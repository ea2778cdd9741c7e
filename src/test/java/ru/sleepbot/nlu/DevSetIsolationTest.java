package ru.sleepbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.sleepbot.content.ContentLoader;

/**
 * The blind evaluation sets stay blind: no line of them stands in intents/ as a training phrase
 * after normalization. A failure names only line numbers, never the text: the held-out set is not
 * to be read, even in a test report.
 */
class DevSetIsolationTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    @ParameterizedTest
    @ValueSource(strings = {"dev-real.tsv", "holdout-real.tsv"})
    void noLineOfTheBlindSetsIsATrainingPhrase(String file) throws IOException {
        Set<String> training = new HashSet<>();
        IntentSample.of(new ContentLoader().load(Path.of("intents")))
                .forEach(s -> training.add(NORMALIZER.normalize(s.text())));
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/nlu", file), StandardCharsets.UTF_8);
        List<LabelledMessage> messages = LabelledMessage.parse(lines, label -> label);
        assertThat(messages).as(file + " has messages").isNotEmpty();

        List<Integer> copied = new ArrayList<>();
        int row = 0;
        for (LabelledMessage message : messages) {
            row++;
            if (training.contains(NORMALIZER.normalize(message.sample().text()))) {
                copied.add(row);
            }
        }
        assertThat(copied).as("messages (numbered among " + file + "'s messages) that stand in intents/").isEmpty();
    }
}
