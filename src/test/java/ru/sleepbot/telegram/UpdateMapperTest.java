package ru.sleepbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sleepbot.telegram.TelegramJson.BOT_NAME;
import static ru.sleepbot.telegram.TelegramJson.GROUP;
import static ru.sleepbot.telegram.TelegramJson.USER;
import static ru.sleepbot.telegram.TelegramJson.botUser;
import static ru.sleepbot.telegram.TelegramJson.groupChat;
import static ru.sleepbot.telegram.TelegramJson.message;
import static ru.sleepbot.telegram.TelegramJson.privateChat;
import static ru.sleepbot.telegram.TelegramJson.text;
import static ru.sleepbot.telegram.TelegramJson.update;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.sleepbot.chat.ChatRef;
import ru.sleepbot.chat.Incoming;

class UpdateMapperTest {

    private final UpdateMapper mapper = new UpdateMapper(new BotIdentity(TelegramJson.BOT_ID, BOT_NAME),
            new SeenMessages(1000, Duration.ofHours(1)));

    private Optional<Incoming> map(String json) {
        return mapper.map(update(json));
    }

    private static String newMessage(int id, String chat, String extra) {
        return "{\"update_id\":" + id + ",\"message\":" + message(id, chat, extra) + "}";
    }

    private static String edited(int updateId, int messageId, String chat, String extra) {
        return "{\"update_id\":" + updateId + ",\"edited_message\":" + message(messageId, chat, extra) + "}";
    }

    @Test
    void turnsAPrivateTextIntoTextForTheDialog() {
        assertThat(mapper.map(TelegramJson.privateText(1, USER, "почему я дёргаюсь?")))
                .contains(new Incoming.Text(ChatRef.privateChat(USER), "почему я дёргаюсь?"));
    }

    @Test
    void turnsAButtonPressIntoPressWithItsData() {
        assertThat(mapper.map(TelegramJson.press(2, USER, "topic:hypnic_jerk")))
                .contains(new Incoming.Press(ChatRef.privateChat(USER), "topic:hypnic_jerk"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sticker   | \"sticker\":{\"file_id\":\"s\",\"file_unique_id\":\"u\",\"type\":\"regular\",\"width\":1,\"height\":1,\"is_animated\":false,\"is_video\":false}",
            "photo     | \"photo\":[{\"file_id\":\"p\",\"file_unique_id\":\"u\",\"width\":1,\"height\":1}]",
            "voice     | \"voice\":{\"file_id\":\"v\",\"file_unique_id\":\"u\",\"duration\":3}",
            "video     | \"video\":{\"file_id\":\"v\",\"file_unique_id\":\"u\",\"width\":1,\"height\":1,\"duration\":3}",
            "document  | \"document\":{\"file_id\":\"d\",\"file_unique_id\":\"u\",\"file_name\":\"a.pdf\"}",
            "location  | \"location\":{\"latitude\":55.7,\"longitude\":37.6}",
            "contact   | \"contact\":{\"phone_number\":\"+7000\",\"first_name\":\"Аня\"}",
    })
    void namesWhatWasSentInsteadOfText(String kind, String field) {
        assertThat(map(newMessage(3, privateChat(USER), field)))
                .contains(new Incoming.Unsupported(ChatRef.privateChat(USER), kind.strip()));
    }

    @Test
    void staysQuietOnServiceMessages() {
        assertThat(map(newMessage(4, groupChat(GROUP), "\"new_chat_members\":[" + botUser() + "]"))).isEmpty();
    }

    @Test
    void ignoresChannelPosts() {
        String channel = "{\"id\":-1009,\"type\":\"channel\",\"title\":\"Новости\"}";
        assertThat(map("{\"update_id\":5,\"channel_post\":{\"message_id\":5,\"date\":1700000000,\"chat\":" + channel
                + ",\"text\":\"пост\"}}")).isEmpty();
        assertThat(map(newMessage(6, channel, text("пост")))).isEmpty();
    }

    @Test
    void answersAnEditedMessageOnceAsNew() {
        assertThat(map(newMessage(7, privateChat(USER), text("вздрагиваю")))).isPresent();
        assertThat(map(edited(8, 7, privateChat(USER), text("вздрагиваю во сне"))))
                .contains(new Incoming.Text(ChatRef.privateChat(USER), "вздрагиваю во сне"));
        // Telegram also reports "edits" that keep the text (a link preview appeared): no second answer.
        assertThat(map(edited(9, 7, privateChat(USER), text("вздрагиваю во сне")))).isEmpty();
    }

    @Test
    void ignoresEditsThatAreNotText() {
        assertThat(map(edited(10, 11, privateChat(USER), "\"location\":{\"latitude\":55.7,\"longitude\":37.6}")))
                .isEmpty();
    }

    @Test
    void ignoresGroupChatterNotMeantForTheBot() {
        assertThat(map(newMessage(12, groupChat(GROUP), text("кто идёт гулять?")))).isEmpty();
    }

    @Test
    void answersCommandsInGroupsUnlessMeantForAnotherBot() {
        assertThat(map(newMessage(13, groupChat(GROUP), text("/help"))))
                .contains(new Incoming.Text(new ChatRef(GROUP, true, USER), "/help"));
        assertThat(map(newMessage(14, groupChat(GROUP), text("/start@" + BOT_NAME))))
                .contains(new Incoming.Text(new ChatRef(GROUP, true, USER), "/start@" + BOT_NAME));
        assertThat(map(newMessage(15, groupChat(GROUP), text("/start@other_bot")))).isEmpty();
    }

    @Test
    void answersAMentionInAGroupWithoutTheMention() {
        assertThat(map(newMessage(16, groupChat(GROUP), text("@Drema_Sleep_Bot это опасно?"))))
                .contains(new Incoming.Text(new ChatRef(GROUP, true, USER), "это опасно?"));
        assertThat(map(newMessage(17, groupChat(GROUP), text("@drema_sleep_bot2 привет")))).isEmpty();
    }

    @Test
    void answersRepliesToTheBotInAGroup() {
        String reply = "\"reply_to_message\":{\"message_id\":1,\"date\":1700000000,\"chat\":" + groupChat(GROUP)
                + ",\"from\":" + botUser() + ",\"text\":\"ответ бота\"}";
        assertThat(map(newMessage(18, groupChat(GROUP), text("а что делать?") + "," + reply)))
                .contains(new Incoming.Text(new ChatRef(GROUP, true, USER), "а что делать?"));
        String sticker = "\"sticker\":{\"file_id\":\"s\",\"file_unique_id\":\"u\",\"type\":\"regular\",\"width\":1,"
                + "\"height\":1,\"is_animated\":false,\"is_video\":false}";
        assertThat(map(newMessage(19, groupChat(GROUP), sticker))).isEmpty();
        assertThat(map(newMessage(20, groupChat(GROUP), sticker + "," + reply)))
                .contains(new Incoming.Unsupported(new ChatRef(GROUP, true, USER), "sticker"));
    }

    @Test
    void marksPressesInGroupsAsGroup() {
        String json = "{\"update_id\":21,\"callback_query\":{\"id\":\"c\",\"from\":" + TelegramJson.user(USER)
                + ",\"chat_instance\":\"1\",\"data\":\"menu\",\"message\":{\"message_id\":1,\"date\":1700000000,"
                + "\"chat\":" + groupChat(GROUP) + ",\"from\":" + botUser() + ",\"text\":\"меню\"}}}";
        assertThat(map(json)).contains(new Incoming.Press(new ChatRef(GROUP, true, USER), "menu"));
    }

    @Test
    void ignoresOtherBots() {
        String fromBot = "{\"update_id\":22,\"message\":{\"message_id\":22,\"date\":1700000000,\"chat\":"
                + privateChat(USER) + ",\"from\":{\"id\":5,\"is_bot\":true,\"first_name\":\"Spam\"},\"text\":\"hi\"}}";
        assertThat(map(fromBot)).isEmpty();
    }
}
