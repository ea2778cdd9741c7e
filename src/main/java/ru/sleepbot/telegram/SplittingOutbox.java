package ru.sleepbot.telegram;

import java.util.List;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;

/**
 * Cuts replies longer than Telegram allows into several messages before they are queued, so that
 * each queued message is one API call: a retry after a 429 then resends only the part that failed.
 * The buttons go under the last part, where the user has finished reading.
 */
final class SplittingOutbox implements Outbox {

    private final TextSplitter splitter;
    private final Outbox next;

    SplittingOutbox(TextSplitter splitter, Outbox next) {
        this.splitter = splitter;
        this.next = next;
    }

    @Override
    public void send(Outgoing message) {
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
