package ru.sleepbot.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import ru.sleepbot.chat.ChatRef;
import ru.sleepbot.chat.Incoming;

/**
 * Turns a Telegram update into the channel-neutral event the dialog understands, or into nothing
 * when the bot should stay quiet: channel posts, service messages, other bots, and in groups
 * everything that is not a command, a mention of the bot or a reply to it.
 */
final class UpdateMapper {

    private final BotIdentity bot;
    private final SeenMessages seen;
    private final Pattern mention;

    UpdateMapper(BotIdentity bot, SeenMessages seen) {
        this.bot = bot;
        this.seen = seen;
        // A username is [A-Za-z0-9_]; the lookahead stops "@drema_bot" from matching "@drema_bot2".
        this.mention = Pattern.compile("@" + Pattern.quote(bot.username()) + "(?![A-Za-z0-9_])",
                Pattern.CASE_INSENSITIVE);
    }

    Optional<Incoming> map(Update update) {
        if (update.hasCallbackQuery()) {
            return press(update.getCallbackQuery());
        }
        if (update.hasMessage()) {
            return message(update.getMessage(), false);
        }
        if (update.hasEditedMessage()) {
            return message(update.getEditedMessage(), true);
        }
        return Optional.empty();
    }

    /** Undoes what {@link #map} remembered of the update (its answer was not stored, it comes again). */
    void forget(Update update) {
        Message message = update.hasMessage() ? update.getMessage() : update.hasEditedMessage() ? update.getEditedMessage() : null;
        if (message != null && message.getChat() != null && message.getMessageId() != null) {
            seen.forget(message.getChatId(), message.getMessageId());
        }
    }

    private Optional<Incoming> press(CallbackQuery query) {
        MaybeInaccessibleMessage message = query.getMessage();
        if (message == null || message.getChat() == null || query.getData() == null) {
            return Optional.empty(); // inline-mode and game buttons are not ours
        }
        return Optional.of(new Incoming.Press(chatOf(message.getChat(), query.getFrom()), query.getData()));
    }

    private Optional<Incoming> message(Message message, boolean edited) {
        Chat chat = message.getChat();
        if (chat == null || Boolean.TRUE.equals(chat.isChannelChat())) {
            return Optional.empty();
        }
        if (message.getFrom() != null && Boolean.TRUE.equals(message.getFrom().getIsBot())) {
            return Optional.empty();
        }
        ChatRef ref = chatOf(chat, message.getFrom());
        if (message.hasText()) {
            Optional<String> text = ref.group() ? addressedText(message) : Optional.of(message.getText());
            if (text.isEmpty() || !seen.firstTime(ref.id(), message.getMessageId(), message.getText())) {
                return Optional.empty();
            }
            return Optional.of(new Incoming.Text(ref, text.get()));
        }
        if (edited) {
            return Optional.empty(); // edited captions, live locations moving: nothing new to answer
        }
        Optional<String> kind = UnsupportedKinds.of(message);
        if (kind.isEmpty() || ref.group() && !repliesToBot(message)) {
            return Optional.empty();
        }
        return Optional.of(new Incoming.Unsupported(ref, kind.get()));
    }

    /** In a group: the text meant for the bot, with the mention of it removed; empty when not meant for it. */
    private Optional<String> addressedText(Message message) {
        String text = message.getText();
        if (text.startsWith("/")) {
            String command = text.split("\\s", 2)[0];
            int at = command.indexOf('@');
            boolean ours = at < 0 || command.substring(at + 1).toLowerCase(Locale.ROOT)
                    .equals(bot.username().toLowerCase(Locale.ROOT));
            return ours ? Optional.of(text) : Optional.empty();
        }
        Matcher matcher = mention.matcher(text);
        if (matcher.find()) {
            return Optional.of(matcher.replaceAll("").replaceAll("\\s{2,}", " ").strip());
        }
        return repliesToBot(message) ? Optional.of(text) : Optional.empty();
    }

    private boolean repliesToBot(Message message) {
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() != null
                && replied.getFrom().getId() == bot.id();
    }

    /** The chat, and who acted in it: the sender (in a private chat the chat itself when Telegram names none). */
    private static ChatRef chatOf(Chat chat, User from) {
        boolean group = Boolean.TRUE.equals(chat.isGroupChat()) || Boolean.TRUE.equals(chat.isSuperGroupChat());
        long user = from != null && from.getId() != null ? from.getId() : chat.getId();
        return new ChatRef(chat.getId(), group, user);
    }
}
