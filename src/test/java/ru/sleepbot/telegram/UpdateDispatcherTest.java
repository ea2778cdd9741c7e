package ru.sleepbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sleepbot.telegram.TelegramJson.USER;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

class UpdateDispatcherTest {

    private final List<Long> handled = new CopyOnWriteArrayList<>();

    private static Received received(Update update) {
        return new Received(update.getUpdateId(), "message", update);
    }

    @Test
    void handlesABatchOneChatInOrderAndReturnsOnlyWhenAllAreDone() {
        UpdateDispatcher dispatcher = new UpdateDispatcher(r -> handled.add(r.id()), 4);
        List<Received> batch = List.of(received(TelegramJson.privateText(1, USER, "a")),
                received(TelegramJson.privateText(2, USER, "b")), received(TelegramJson.privateText(3, USER + 1, "c")));

        assertThat(dispatcher.handle(batch)).isEmpty();
        assertThat(handled).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(handled.indexOf(1L)).isLessThan(handled.indexOf(2L));
        assertThat(dispatcher.drain(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void skipsUnreadableUpdatesAndReportsTheOnesThatFailed() {
        UpdateDispatcher dispatcher = new UpdateDispatcher(r -> {
            if (r.id() == 1) {
                throw new IllegalStateException("boom");
            }
            handled.add(r.id());
            return r.id() != 4;
        }, 1);
        Update chatless = TelegramJson.update("{\"update_id\":3,\"poll\":{\"id\":\"p\",\"question\":\"?\",\"options\":[],"
                + "\"total_voter_count\":0,\"is_closed\":false,\"is_anonymous\":true,\"type\":\"regular\","
                + "\"allows_multiple_answers\":false}}");
        List<Received> batch = List.of(received(TelegramJson.privateText(1, USER, "a")),
                received(TelegramJson.privateText(2, USER, "b")), new Received(9, "message", null), received(chatless),
                received(TelegramJson.privateText(4, USER, "d")));

        assertThat(dispatcher.handle(batch)).containsExactlyInAnyOrder(1L, 4L);
        assertThat(handled).containsExactly(2L, 3L, 4L);
    }

    @Test
    void reportsEveryUpdateAsNotHandledAfterShutdown() {
        UpdateDispatcher dispatcher = new UpdateDispatcher(r -> handled.add(r.id()), 2);
        dispatcher.drain(Duration.ofSeconds(5));

        assertThat(dispatcher.handle(List.of(received(TelegramJson.privateText(5, USER, "e"))))).containsExactly(5L);
        assertThat(handled).isEmpty();
    }
}
