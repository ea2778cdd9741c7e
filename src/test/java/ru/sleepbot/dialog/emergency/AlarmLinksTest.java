package ru.sleepbot.dialog.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Topic;
import ru.sleepbot.dialog.DialogHarness;

/** A warning reply offers the topic that tells more; an emergency reply offers nothing but help. */
class AlarmLinksTest {

    private final DialogHarness bot = new DialogHarness();

    @Test
    void aWarningSignOffersItsTopicOnePressAway() {
        List<Reply> replies = bot.say("муж по ночам кричит и дерётся во сне, будто с кем-то воюет");

        assertThat(replies.get(0).kindOf()).contains("urgent rbd");
        Button more = topicButton(replies);
        assertThat(((ButtonData.Topic) more.data()).topicId()).isEqualTo("dream_enactment");
        Topic topic = DialogHarness.CONTENT.topic("dream_enactment").orElseThrow();
        assertThat(bot.press(more.data()).get(0).text()).startsWith(topic.answer());
    }

    @Test
    void aMedicineRiskOffersItsTopic() {
        List<Reply> replies = bot.say("хочу сама бросить антидепрессант, от него дёргаюсь");

        assertThat(replies.get(0).kindOf()).hasValueSatisfying(k -> assertThat(k).startsWith("medicine"));
        assertThat(((ButtonData.Topic) topicButton(replies).data()).topicId()).isEqualTo("medicines_and_jerks");
    }

    @Test
    void anEmergencyReplyHasNoTopicButton() {
        List<Reply> replies = bot.say("у ребёнка судороги и он не дышит");

        assertThat(replies.get(0).text()).contains("103");
        assertThat(replies).allSatisfy(r -> assertThat(r.buttons()).noneMatch(b -> b.data() instanceof ButtonData.Topic));
    }

    @Test
    void everyLinkedSignIsAWarningOrMedicineSignOfTheRules() throws IOException {
        Map<String, String> levels = signLevels();

        DialogHarness.CONTENT.topics().forEach(topic -> assertThat(topic.alarmSigns()).allSatisfy(sign ->
                assertThat(levels.get(sign)).as(topic.id() + " links sign " + sign).isIn("urgent", "medicine")));
    }

    private static Button topicButton(List<Reply> replies) {
        return replies.stream().flatMap(r -> r.buttons().stream())
                .filter(b -> b.data() instanceof ButtonData.Topic).findFirst()
                .orElseThrow(() -> new AssertionError("no topic button on " + replies));
    }

    private static Map<String, String> signLevels() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, String> levels = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("intents/safety"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                for (JsonNode sign : yaml.readTree(file.toFile()).path("signs")) {
                    levels.put(sign.path("id").asText(), sign.path("level").asText());
                }
            }
        }
        return levels;
    }
}
