package ru.sleepbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Builds Telegram updates the way the Bot API sends them: as JSON, read by the same Jackson mapping
 * the library uses, so the tests see exactly the objects production sees.
 */
final class TelegramJson {

    static final long BOT_ID = 777_000_111L;
    static final String BOT_NAME = "drema_sleep_bot";
    static final long USER = 4242L;
    static final long GROUP = -100_123_456L;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TelegramJson() {
    }

    static Update update(String json) {
        try {
            return MAPPER.readValue(json, Update.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String privateChat(long id) {
        return "{\"id\":" + id + ",\"type\":\"private\",\"first_name\":\"Аня\"}";
    }

    static String groupChat(long id) {
        return "{\"id\":" + id + ",\"type\":\"supergroup\",\"title\":\"Мамы\"}";
    }

    static String user(long id) {
        return "{\"id\":" + id + ",\"is_bot\":false,\"first_name\":\"Аня\"}";
    }

    static String botUser() {
        return "{\"id\":" + BOT_ID + ",\"is_bot\":true,\"first_name\":\"Дрёма\",\"username\":\"" + BOT_NAME + "\"}";
    }

    /** A message object; {@code extra} is more JSON fields (text, sticker, reply_to_message …). */
    static String message(int messageId, String chat, String extra) {
        return "{\"message_id\":" + messageId + ",\"date\":1700000000,\"chat\":" + chat + ",\"from\":" + user(USER)
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    static String text(String text) {
        return "\"text\":" + quote(text);
    }

    static Update privateText(int updateId, long chatId, String text) {
        return update("{\"update_id\":" + updateId + ",\"message\":" + message(updateId, privateChat(chatId), text(text)) + "}");
    }

    static Update press(int updateId, long chatId, String data) {
        return update("{\"update_id\":" + updateId + ",\"callback_query\":{\"id\":\"cq" + updateId + "\",\"from\":" + user(chatId)
                + ",\"chat_instance\":\"1\",\"data\":" + quote(data) + ",\"message\":{\"message_id\":1,\"date\":1700000000,"
                + "\"chat\":" + privateChat(chatId) + ",\"from\":" + botUser() + ",\"text\":\"меню\"}}}");
    }

    static String quote(String s) {
        try {
            return MAPPER.writeValueAsString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
