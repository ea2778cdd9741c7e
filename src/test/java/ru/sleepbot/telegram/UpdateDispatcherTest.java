package ru.sleepbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sleepbot.telegram.TelegramJson.USER;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

class UpdateDispatcherTest {

    private final List<Integer> handled = new CopyOnWriteArrayList<>();

    @Test
    void handlesEachUpdateOnceAndOneChatInOrder() {
        UpdateDispatcher dispatcher = new UpdateDispatcher(u -> handled.add(u.getUpdateId()), 4);
        dispatcher.consume(List.of(TelegramJson.privateText(1, USER, "a"), TelegramJson.privateText(2, USER, "b")));
        dispatcher.consume(List.of(TelegramJson.privateText(2, USER, "b"), TelegramJson.privateText(3, USER, "c")));

        assertThat(dispatcher.drain(Duration.ofSeconds(5))).isTrue();
        assertThat(handled).containsExactly(1, 2, 3);
        assertThat(dispatcher.highestAccepted()).isEqualTo(3);
    }

    @Test
    void leavesUpdatesThatArriveDuringShutdownForTheNextStart() {
        UpdateDispatcher dispatcher = new UpdateDispatcher(u -> handled.add(u.getUpdateId()), 2);
        dispatcher.consume(List.of(TelegramJson.privateText(1, USER, "a")));
        dispatcher.drain(Duration.ofSeconds(5));
        dispatcher.consume(List.of(TelegramJson.privateText(2, USER, "b")));

        assertThat(handled).containsExactly(1);
        assertThat(dispatcher.highestAccepted()).as("2 is not confirmed, so Telegram sends it again").isEqualTo(1);
    }

    @Test
    void aFailingUpdateDoesNotStopTheOthers() {
        UpdateDispatcher dispatcher = new UpdateDispatcher(u -> {
            if (u.getUpdateId() == 1) {
                throw new IllegalStateException("boom");
            }
            handled.add(u.getUpdateId());
        }, 1);
        Update chatless = TelegramJson.update("{\"update_id\":3,\"poll\":{\"id\":\"p\",\"question\":\"?\",\"options\":[],"
                + "\"total_voter_count\":0,\"is_closed\":false,\"is_anonymous\":true,\"type\":\"regular\","
                + "\"allows_multiple_answers\":false}}");
        dispatcher.consume(List.of(TelegramJson.privateText(1, USER, "a"), TelegramJson.privateText(2, USER, "b"), chatless));

        assertThat(dispatcher.drain(Duration.ofSeconds(5))).isTrue();
        assertThat(handled).containsExactly(2, 3);
    }
}
