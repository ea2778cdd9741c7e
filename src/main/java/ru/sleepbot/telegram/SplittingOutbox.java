package ru.sleepbot.telegram;

import java.util.List;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;

/**
 * Cuts replies longer than Telegram allows into several messages before they are queued, so that
 * each queued message is one API call: a retry after a 429 then resends only the part that failed.
 * The buttons go under the last part, where the user has finished reading. A file's caption is
 * kept under Telegram's caption limit the same way.
 */
final class SplittingOutbox implements Outbox {

    private final TextSplitter splitter;
    private final Outbox next;

    SplittingOutbox(TextSplitter splitter, Outbox next) {
        this.splitter = splitter;
        this.next = next;
    }

    /** Telegram's longest caption under a photo or document. */
    static final int CAPTION_LIMIT = 1024;

    @Override
    public void send(Outgoing message) {
        Reply reply = message.reply();
        if (reply.file().isPresent()) {
            if (reply.text().length() <= CAPTION_LIMIT) {
                next.send(message);
                return;
            }
            // A caption too long for Telegram: the words go first as messages, the file follows with the buttons.
            send(message.withReply(new Reply(reply.text(), List.of())));
            next.send(message.withReply(new Reply("", reply.keyboard(), reply.attachment(), reply.kind())));
            return;
        }
        List<String> parts = splitter.split(message.reply().text());
        if (parts.size() == 1) {
            next.send(message);
            return;
        }
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            Reply part = new Reply(parts.get(i), last ? message.reply().keyboard() : List.of());
            next.send(message.withReply(part));
        }
    }
}
