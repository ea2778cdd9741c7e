package ru.sleepbot.telegram;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import ru.sleepbot.chat.Attachment;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.Html;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;

/**
 * Builds the Bot API call for one reply: the text in HTML parse mode (the dialog has already escaped
 * every dynamic part) and its buttons as an inline keyboard. Link previews are off: the bot's answers
 * are text to read, and a preview card would push it out of view.
 */
final class MessageRenderer {

    SendMessage render(Outgoing message) {
        Reply reply = message.reply();
        SendMessage send = SendMessage.builder()
                .chatId(message.chatId())
                .text(reply.text())
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .build();
        if (!reply.keyboard().isEmpty()) {
            send.setReplyMarkup(keyboard(reply.keyboard()));
        }
        return send;
    }

    /** The same reply without markup, for when Telegram rejects the HTML: the user still gets the words. */
    SendMessage renderPlain(Outgoing message) {
        SendMessage send = render(message);
        send.setText(Html.toPlain(message.reply().text()));
        send.setParseMode(null);
        return send;
    }

    /** A reply with a picture: sendPhoto, the text as its caption (HTML, or plain after a markup error). */
    SendPhoto photo(Outgoing message, Attachment file, boolean plain) {
        SendPhoto send = new SendPhoto(String.valueOf(message.chatId()), upload(file));
        send.setCaption(caption(message, plain));
        send.setParseMode(plain ? null : ParseMode.HTML);
        if (!message.reply().keyboard().isEmpty()) {
            send.setReplyMarkup(keyboard(message.reply().keyboard()));
        }
        return send;
    }

    /** A reply with a document: sendDocument, the text as its caption. */
    SendDocument document(Outgoing message, Attachment file, boolean plain) {
        SendDocument send = new SendDocument(String.valueOf(message.chatId()), upload(file));
        send.setCaption(caption(message, plain));
        send.setParseMode(plain ? null : ParseMode.HTML);
        if (!message.reply().keyboard().isEmpty()) {
            send.setReplyMarkup(keyboard(message.reply().keyboard()));
        }
        return send;
    }

    private static InputFile upload(Attachment file) {
        return new InputFile(new ByteArrayInputStream(file.bytes()), file.fileName());
    }

    private static String caption(Outgoing message, boolean plain) {
        String text = message.reply().text();
        return text.isBlank() ? null : plain ? Html.toPlain(text) : text;
    }

    private static InlineKeyboardMarkup keyboard(List<List<Button>> rows) {
        List<InlineKeyboardRow> keyboard = rows.stream()
                .filter(row -> !row.isEmpty())
                .map(row -> new InlineKeyboardRow(row.stream()
                        .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.encoded()).build())
                        .toList()))
                .toList();
        return new InlineKeyboardMarkup(keyboard);
    }
}
