package ru.sleepbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static ru.sleepbot.telegram.TelegramJson.USER;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.Messages;
import ru.sleepbot.dialog.Dialog;
import ru.sleepbot.time.ManualScheduler;
import ru.sleepbot.time.MutableClock;

class UpdateHandlerTest {

    private static final Duration TYPING_AFTER = Duration.ofMillis(700);
    private static final Messages MESSAGES = new ContentLoader().load(Path.of("intents")).messages();

    private final TelegramClient client = mock(TelegramClient.class);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T19:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final List<Outgoing> sent = new ArrayList<>();
    private final Outbox outbox = sent::add;
    private final List<Incoming> seen = new ArrayList<>();

    @BeforeEach
    void answerCallsSucceed() throws Exception {
        when(client.executeAsync(any(AnswerCallbackQuery.class))).thenReturn(CompletableFuture.completedFuture(true));
        when(client.executeAsync(any(SendChatAction.class))).thenReturn(CompletableFuture.completedFuture(true));
    }

    private UpdateHandler handler(Dialog dialog) {
        UpdateMapper mapper = new UpdateMapper(new BotIdentity(TelegramJson.BOT_ID, TelegramJson.BOT_NAME),
                new SeenMessages(100, Duration.ofHours(1)));
        return new UpdateHandler(mapper, dialog, outbox, client, scheduler, TYPING_AFTER, MESSAGES, UpdateJournal.IN_MEMORY);
    }

    private static Received received(Update update) {
        return new Received(update.getUpdateId(), "message", update);
    }

    private Dialog echo() {
        return incoming -> {
            seen.add(incoming);
            return List.of(Outgoing.answer(incoming.chat().id(), Reply.text("ответ")));
        };
    }

    @Test
    void answersEveryButtonPressSoTheSpinnerStops() throws Exception {
        handler(echo()).handle(received(TelegramJson.press(1, USER, "menu")));

        ArgumentCaptor<AnswerCallbackQuery> answered = ArgumentCaptor.forClass(AnswerCallbackQuery.class);
        verify(client).executeAsync(answered.capture());
        assertThat(answered.getValue().getCallbackQueryId()).isEqualTo("cq1");
        assertThat(seen).hasSize(1);
        assertThat(sent).extracting(Outgoing::chatId).containsExactly(USER);
    }

    @Test
    void answersAPressOfAButtonWithoutDataToo() throws Exception {
        String json = "{\"update_id\":2,\"callback_query\":{\"id\":\"game\",\"from\":" + TelegramJson.user(USER)
                + ",\"chat_instance\":\"1\",\"game_short_name\":\"g\"}}";
        handler(echo()).handle(received(TelegramJson.update(json)));

        verify(client).executeAsync(any(AnswerCallbackQuery.class));
        assertThat(seen).isEmpty();
        assertThat(sent).isEmpty();
    }

    @Test
    void showsTypingWhenTheDialogIsSlow() throws Exception {
        Dialog slow = incoming -> {
            scheduler.advance(Duration.ofSeconds(2)); // the dialog takes 2 s
            return List.of(Outgoing.answer(incoming.chat().id(), Reply.text("долгий ответ")));
        };
        Outbox recording = message -> {
            try {
                verify(client).executeAsync(any(SendChatAction.class)); // typing was shown before the reply
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            sent.add(message);
        };
        UpdateMapper mapper = new UpdateMapper(new BotIdentity(TelegramJson.BOT_ID, TelegramJson.BOT_NAME),
                new SeenMessages(100, Duration.ofHours(1)));
        new UpdateHandler(mapper, slow, recording, client, scheduler, TYPING_AFTER, MESSAGES, UpdateJournal.IN_MEMORY)
                .handle(received(TelegramJson.privateText(3, USER, "расскажите подробно")));

        ArgumentCaptor<SendChatAction> action = ArgumentCaptor.forClass(SendChatAction.class);
        verify(client).executeAsync(action.capture());
        assertThat(action.getValue().getAction()).isEqualTo("typing");
        assertThat(action.getValue().getChatId()).isEqualTo(String.valueOf(USER));
        assertThat(sent).hasSize(1);
    }

    @Test
    void doesNotShowTypingForQuickReplies() throws Exception {
        handler(echo()).handle(received(TelegramJson.privateText(4, USER, "привет")));
        scheduler.advance(Duration.ofSeconds(5));

        verify(client, never()).executeAsync(any(SendChatAction.class));
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void handsAllRepliesToTheOutboxInOrder() {
        Outbox mockOutbox = mock(Outbox.class);
        Outgoing first = Outgoing.answer(USER, Reply.text("сначала предупреждение"));
        Outgoing second = Outgoing.answer(USER, Reply.text("потом ответ"));
        UpdateMapper mapper = new UpdateMapper(new BotIdentity(TelegramJson.BOT_ID, TelegramJson.BOT_NAME),
                new SeenMessages(100, Duration.ofHours(1)));
        new UpdateHandler(mapper, incoming -> List.of(first, second), mockOutbox, client, scheduler, TYPING_AFTER,
                MESSAGES, UpdateJournal.IN_MEMORY).handle(received(TelegramJson.privateText(5, USER, "судороги и боль")));

        InOrder order = inOrder(mockOutbox);
        order.verify(mockOutbox).send(first);
        order.verify(mockOutbox).send(second);
    }

    @Test
    void aFailingDialogStillGetsTheUserAKindReply() {
        Dialog broken = incoming -> {
            throw new IllegalStateException("bug");
        };
        handler(broken).handle(received(TelegramJson.privateText(6, USER, "вопрос")));

        assertThat(sent).extracting(o -> o.reply().text()).containsExactly(MESSAGES.text("telegram.error"));
    }

    @Test
    void staysQuietWhenTheUpdateNeedsNoAnswer() {
        String json = "{\"update_id\":7,\"channel_post\":{\"message_id\":5,\"date\":1700000000,\"chat\":"
                + "{\"id\":-1009,\"type\":\"channel\",\"title\":\"Новости\"},\"text\":\"пост\"}}";
        handler(echo()).handle(received(TelegramJson.update(json)));

        assertThat(seen).isEmpty();
        assertThat(sent).isEmpty();
    }
}
