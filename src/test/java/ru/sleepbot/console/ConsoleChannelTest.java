package ru.sleepbot.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.Dialog;

class ConsoleChannelTest {

    private final List<Incoming> received = new ArrayList<>();

    /** Answers every text with a reply carrying two buttons, and echoes presses. */
    private final Dialog dialog = incoming -> {
        received.add(incoming);
        if (incoming instanceof Incoming.Press press) {
            return List.of(Outgoing.answer(1, Reply.text("нажато " + press.data())));
        }
        return List.of(Outgoing.answer(1, Reply.text("<b>Ответ</b> &amp; всё")
                .withRow(List.of(new Button("📖 Подробнее", new ButtonData.Topic("hypnic_jerk", "causes")),
                        new Button("Когда к врачу?", new ButtonData.Topic("hypnic_jerk", "when_doctor"))))));
    };

    private String chat(String input, boolean json) {
        StringWriter out = new StringWriter();
        int code = new ConsoleChannel(new BufferedReader(new StringReader(input)), new PrintWriter(out), json).run(dialog);
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void printsRepliesAsPlainTextWithNumberedButtons() {
        String out = chat("привет\n", false);

        assertThat(out).contains("Ответ & всё").contains("[1] 📖 Подробнее  [2] Когда к врачу?").doesNotContain("<b>");
    }

    @Test
    void typingAButtonNumberPressesIt() {
        chat("привет\n2\n", false);

        assertThat(received.get(1)).isEqualTo(new Incoming.Press(ConsoleChannel.CHAT, "tp:hypnic_jerk:when_doctor"));
    }

    @Test
    void typingAButtonLabelIgnoringCaseEmojiAndPunctuationPressesIt() {
        chat("привет\nподробнее!\nКОГДА К ВРАЧУ\n", false);

        assertThat(received).extracting(i -> i instanceof Incoming.Press p ? p.data() : "text")
                .containsExactly("text", "tp:hypnic_jerk:causes", "tp:hypnic_jerk:when_doctor");
    }

    @Test
    void aNumberWithoutSuchAButtonIsSentAsText() {
        chat("5\n", false);

        assertThat(received.get(0)).isEqualTo(new Incoming.Text(ConsoleChannel.CHAT, "5"));
    }

    @Test
    void jsonModePrintsOneObjectPerReplyWithTheTurnItAnswers() throws Exception {
        String[] lines = chat("привет\n1\n", true).strip().split("\n");

        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(lines[0]);
        JsonNode second = mapper.readTree(lines[1]);
        assertThat(first.get("turn").asInt()).isEqualTo(1);
        assertThat(first.get("text").asText()).isEqualTo("Ответ & всё");
        assertThat(first.get("buttons").get(1).get("data").asText()).isEqualTo("tp:hypnic_jerk:when_doctor");
        assertThat(second.get("turn").asInt()).isEqualTo(2);
        assertThat(second.get("text").asText()).isEqualTo("нажато tp:hypnic_jerk:causes");
    }

    @Test
    void endsCleanlyOnEmptyInput() {
        assertThat(chat("", false)).isEmpty();
    }
}
