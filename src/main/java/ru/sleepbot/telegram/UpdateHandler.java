package ru.sleepbot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Messages;
import ru.sleepbot.dialog.Dialog;
import ru.sleepbot.time.Scheduler;

/**
 * One update, start to end: answer the button press at once (Telegram shows a spinner until then),
 * map the update, ask the dialog, show "typing…" if the dialog is slow, hand the replies to the
 * outbox, all of it in the journal's unit of work: the dialog's state changes, the replies and the
 * update's id are committed together. The user's text is never logged.
 */
final class UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);
    private static final Duration CALLBACK_ANSWER_WAIT = Duration.ofSeconds(2);

    private final UpdateMapper mapper;
    private final Dialog dialog;
    private final Outbox outbox;
    private final TelegramClient client;
    private final Scheduler scheduler;
    private final Duration typingAfter;
    private final Messages messages;
    private final UpdateJournal journal;

    UpdateHandler(UpdateMapper mapper, Dialog dialog, Outbox outbox, TelegramClient client, Scheduler scheduler,
                  Duration typingAfter, Messages messages, UpdateJournal journal) {
        this.journal = journal;
        this.mapper = mapper;
        this.dialog = dialog;
        this.outbox = outbox;
        this.client = client;
        this.scheduler = scheduler;
        this.typingAfter = typingAfter;
        this.messages = messages;
    }

    /** True when the update is handled (its replies are in the outbox, or it needs none). */
    boolean handle(Received received) {
        Update update = received.update();
        if (update.hasCallbackQuery()) {
            answer(update.getCallbackQuery().getId());
        }
        Optional<Incoming> incoming = mapper.map(update);
        if (incoming.isEmpty()) {
            log.debug("update {} needs no answer", received.id());
            return true;
        }
        try {
            journal.once(received.id(), () -> reply(update, incoming.get()));
            return true;
        } catch (RuntimeException e) {
            // Not committed: the update is asked for again, so the mapper must not take it for a repeat.
            mapper.forget(update);
            log.warn("update {} could not be stored ({}); it will be tried again", received.id(),
                    e.getClass().getSimpleName());
            return false;
        }
    }

    private void reply(Update update, Incoming incoming) {
        long chatId = incoming.chat().id();
        Scheduler.Cancellable typing = scheduler.schedule(typingAfter, () -> fireAndForget(
                SendChatAction.builder().chatId(chatId).action(ActionType.TYPING.toString()).build(), "sendChatAction"));
        List<Outgoing> replies;
        try {
            replies = dialog.handle(incoming);
        } catch (RuntimeException e) {
            // The dialog promises not to throw; if it ever does, the user still hears from us.
            log.error("dialog failed on update {} for chat {}", update.getUpdateId(), chatId, e);
            replies = List.of(Outgoing.answer(chatId, Reply.text(messages.text("telegram.error"))));
        } finally {
            typing.cancel();
        }
        replies.forEach(outbox::send);
    }

    /**
     * Stops the button's spinner before the dialog runs. Waited for (briefly) so that it reaches
     * Telegram before the reply does; a failure costs only the spinner, never the reply.
     */
    private void answer(String callbackQueryId) {
        try {
            CompletableFuture<Boolean> answered = client.executeAsync(new AnswerCallbackQuery(callbackQueryId));
            if (answered != null) {
                answered.get(CALLBACK_ANSWER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TelegramApiException | ExecutionException | TimeoutException | RuntimeException e) {
            log.debug("answerCallbackQuery failed: {}", TokenRedaction.redact(e.toString()));
        }
    }

    /** Stops the spinner of a press that is skipped (a flood of presses), without waiting for it. */
    void release(String callbackQueryId) {
        fireAndForget(new AnswerCallbackQuery(callbackQueryId), "answerCallbackQuery");
    }

    /** Calls that only make the chat feel alive: a failure is worth a log line, not a retry. */
    private void fireAndForget(BotApiMethod<Boolean> call, String name) {
        try {
            CompletableFuture<Boolean> sent = client.executeAsync(call);
            if (sent != null) {
                sent.whenComplete((ok, error) -> {
                    if (error != null) {
                        log.debug("{} failed: {}", name, TokenRedaction.redact(error.toString()));
                    }
                });
            }
        } catch (TelegramApiException | RuntimeException e) {
            log.debug("{} failed: {}", name, TokenRedaction.redact(e.toString()));
        }
    }
}
