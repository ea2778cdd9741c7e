package ru.sleepbot.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonCodec;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;

/**
 * A reply's text and buttons as the outbox keeps them: {@code {"text":..,"keyboard":[[{"label":..,
 * "data":..}]]}}, the buttons in the codec's own short form. A button an updated bot no longer
 * reads is left out rather than failing the whole message.
 */
final class ReplyJson {

    private final ObjectMapper json = new ObjectMapper();

    String write(Reply reply) {
        ObjectNode root = json.createObjectNode();
        root.put("text", reply.text());
        ArrayNode rows = root.putArray("keyboard");
        for (List<Button> row : reply.keyboard()) {
            ArrayNode out = rows.addArray();
            for (Button button : row) {
                out.addObject().put("label", button.label()).put("data", button.encoded());
            }
        }
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reply could not be written as JSON", e);
        }
    }

    /** The reply's text and buttons; the attachment is stored beside them and added by the caller. */
    Reply read(String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox row is not JSON", e);
        }
        List<List<Button>> keyboard = new ArrayList<>();
        for (JsonNode row : root.path("keyboard")) {
            List<Button> buttons = new ArrayList<>();
            for (JsonNode button : row) {
                Optional<ButtonData> data = ButtonCodec.decode(button.path("data").asText(""));
                String label = button.path("label").asText("");
                if (data.isPresent() && !label.isBlank()) {
                    buttons.add(new Button(label, data.get()));
                }
            }
            if (!buttons.isEmpty()) {
                keyboard.add(buttons);
            }
        }
        return new Reply(root.path("text").asText(""), keyboard);
    }
}
