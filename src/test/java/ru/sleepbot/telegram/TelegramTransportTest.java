package ru.sleepbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.DeliveryResult;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Messages;

class TelegramTransportTest {

    private static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    private final TelegramClient client = mock(TelegramClient.class);
    private final TelegramTransport transport = new TelegramTransport(client, new MessageRenderer(), TOKEN);

    private static TelegramApiRequestException apiError(int code, String description, Integer retryAfter) {
        return new TelegramApiRequestException("Error sending message", ApiResponse.builder().ok(false).errorCode(code)
                .errorDescription(description).parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter))
                .build());
    }

    private SendMessage sentMessage(int calls) throws TelegramApiException {
        ArgumentCaptor<SendMessage> captor = ArgumentCaptor.forClass(SendMessage.class);
        verify(client, times(calls)).executeAsync(captor.capture());
        return captor.getValue();
    }

    /** Telegram's answer to every sendMessage: the message, accepted. */
    @BeforeEach
    void telegramAcceptsByDefault() throws TelegramApiException {
        when(client.executeAsync(any(SendMessage.class))).thenReturn(CompletableFuture.completedFuture(new Message()));
    }

    private static CompletableFuture<Message> failing(Exception e) {
        return CompletableFuture.failedFuture(e);
    }

    @Test
    void sendsHtmlWithAnInlineKeyboard() throws Exception {
        Reply reply = Reply.text("<b>Это нормально</b>")
                .withRow(List.of(new Button("Это опасно?", new ButtonData.Topic("hypnic_jerk", "is_dangerous")), new Button("Что делать?", new ButtonData.Topic("hypnic_jerk", "what_to_do"))))
                .withRow(List.of(new Button("Меню", new ButtonData.MainMenu())));

        assertThat(transport.deliver(Outgoing.answer(42, reply))).isEqualTo(new DeliveryResult.Delivered());

        SendMessage sent = sentMessage(1);
        assertThat(sent.getChatId()).isEqualTo("42");
        assertThat(sent.getParseMode()).isEqualToIgnoringCase("HTML");
        assertThat(sent.getText()).isEqualTo("<b>Это нормально</b>");
        InlineKeyboardMarkup keyboard = (InlineKeyboardMarkup) sent.getReplyMarkup();
        assertThat(keyboard.getKeyboard()).hasSize(2);
        assertThat(keyboard.getKeyboard().get(0)).extracting(b -> b.getText() + "=" + b.getCallbackData())
                .containsExactly("Это опасно?=tp:hypnic_jerk:is_dangerous", "Что делать?=tp:hypnic_jerk:what_to_do");
        assertThat(keyboard.getKeyboard().get(1).get(0).getCallbackData()).isEqualTo("mn:main");
    }

    @Test
    void dynamicTextReachesTelegramEscaped() throws Exception {
        Messages messages = new Messages(Map.of("t.echo", List.of("Вы написали: <i>{text}</i>")));
        String html = messages.text("t.echo", Map.of("text", "<script> & </b>"));

        transport.deliver(Outgoing.answer(42, Reply.text(html)));

        assertThat(sentMessage(1).getText()).isEqualTo("Вы написали: <i>&lt;script&gt; &amp; &lt;/b&gt;</i>");
    }

    @Test
    void sendsNoKeyboardWhenThereAreNoButtons() throws Exception {
        transport.deliver(Outgoing.answer(42, Reply.text("Спокойной ночи")));

        assertThat(sentMessage(1).getReplyMarkup()).isNull();
    }

    @Test
    void tellsTheQueueToWaitOutA429() throws Exception {
        when(client.executeAsync(any(SendMessage.class))).thenReturn(failing(apiError(429, "Too Many Requests: retry after 7", 7)));

        assertThat(transport.deliver(Outgoing.answer(42, Reply.text("x"))))
                .isEqualTo(new DeliveryResult.RetryAfter(Duration.ofSeconds(7)));
    }

    @Test
    void reportsABlockedUserOn403() throws Exception {
        when(client.executeAsync(any(SendMessage.class))).thenReturn(failing(apiError(403, "Forbidden: bot was blocked by the user", null)));

        assertThat(transport.deliver(Outgoing.answer(42, Reply.text("x")))).isEqualTo(new DeliveryResult.Blocked());
    }

    @Test
    void serverErrorsAreWorthAnotherTry() throws Exception {
        when(client.executeAsync(any(SendMessage.class))).thenReturn(failing(apiError(502, "Bad Gateway", null)));

        DeliveryResult result = transport.deliver(Outgoing.answer(42, Reply.text("x")));

        assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
        assertThat(((DeliveryResult.Failed) result).retryable()).isTrue();
    }

    @Test
    void networkErrorsAreWorthAnotherTryAndNeverShowTheToken() throws Exception {
        IOException cause = new IOException("unexpected end of stream on http://host/bot" + TOKEN + "/sendMessage");
        when(client.executeAsync(any(SendMessage.class))).thenReturn(failing(cause));

        DeliveryResult result = transport.deliver(Outgoing.answer(42, Reply.text("x")));

        assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
        DeliveryResult.Failed failed = (DeliveryResult.Failed) result;
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.reason()).contains("unexpected end of stream").doesNotContain(TOKEN)
                .doesNotContain("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
    }

    @Test
    void otherClientErrorsAreFinal() throws Exception {
        when(client.executeAsync(any(SendMessage.class))).thenReturn(failing(apiError(400, "Bad Request: chat not found", null)));

        DeliveryResult result = transport.deliver(Outgoing.answer(42, Reply.text("x")));

        assertThat(result).isEqualTo(new DeliveryResult.Failed(false, "HTTP 400: Bad Request: chat not found"));
    }

    @Test
    void resendsAsPlainTextWhenTelegramRejectsTheHtml() throws Exception {
        when(client.executeAsync(any(SendMessage.class)))
                .thenReturn(failing(apiError(400, "Bad Request: can't parse entities: Unsupported start tag \"br\"", null)))
                .thenReturn(CompletableFuture.completedFuture(new Message()));

        DeliveryResult result = transport.deliver(Outgoing.answer(42, Reply.text("<b>Сон</b> &amp; отдых<br>")));

        assertThat(result).isEqualTo(new DeliveryResult.Delivered());
        SendMessage plain = sentMessage(2);
        assertThat(plain.getParseMode()).isNull();
        assertThat(plain.getText()).isEqualTo("Сон & отдых");
    }

    @Test
    void neverSendsAnEmptyText() throws Exception {
        assertThat(transport.deliver(Outgoing.answer(42, Reply.text("  ")))).isInstanceOf(DeliveryResult.Failed.class);
        verify(client, times(0)).executeAsync(any(SendMessage.class));
    }

    @Test
    void notesTheSendOnTheThreadThatReadsTelegramsAnswerBeforeTheSenderWakes() throws Exception {
        CompletableFuture<Message> answer = new CompletableFuture<>();
        when(client.executeAsync(any(SendMessage.class))).thenReturn(answer);
        List<String> notedOn = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread httpClient = new Thread(() -> {
            try {
                Thread.sleep(50); // the answer comes a little after the call started
            } catch (InterruptedException e) {
                return;
            }
            answer.complete(new Message());
            notedOn.add("answer handled");
        }, "http-client");
        httpClient.start();

        DeliveryResult result = transport.deliver(Outgoing.answer(42, Reply.text("x")),
                () -> notedOn.add(Thread.currentThread().getName()));
        httpClient.join();

        assertThat(result).isEqualTo(new DeliveryResult.Delivered());
        assertThat(notedOn).as("noted on the client's thread, as part of handling the answer")
                .containsExactly("http-client", "answer handled");
    }

    @Test
    void notesOnlyWhatTelegramAccepted() throws Exception {
        when(client.executeAsync(any(SendMessage.class)))
                .thenReturn(failing(apiError(502, "Bad Gateway", null)))
                .thenReturn(failing(new IOException("unexpected end of stream")))
                .thenReturn(failing(apiError(400, "Bad Request: can't parse entities: bad tag", null)))
                .thenReturn(CompletableFuture.completedFuture(new Message()));
        java.util.concurrent.atomic.AtomicInteger notes = new java.util.concurrent.atomic.AtomicInteger();

        transport.deliver(Outgoing.answer(42, Reply.text("x")), notes::incrementAndGet);
        transport.deliver(Outgoing.answer(42, Reply.text("x")), notes::incrementAndGet);
        assertThat(notes).as("a 5xx and a lost answer are not noted").hasValue(0);

        assertThat(transport.deliver(Outgoing.answer(42, Reply.text("<b>x")), notes::incrementAndGet))
                .isEqualTo(new DeliveryResult.Delivered());
        assertThat(notes).as("the plain-text resend, once").hasValue(1);
    }
}
