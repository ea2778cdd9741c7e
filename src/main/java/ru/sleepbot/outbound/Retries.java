package ru.sleepbot.outbound;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sleepbot.chat.DeliveryResult;

/**
 * What the outbound queue does after a send, and when sending may go on: a 429 is waited out
 * (by the chat, or by everyone when the chat was quiet), 5xx and network errors pause all sending
 * with doubling back-off, and a message is tried again until its deadline. Runs under the
 * queue's lock.
 */
final class Retries {

    private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);
    private static final Duration CHAT_MEMORY = Duration.ofMinutes(1);

    private final Lanes lanes;
    private final QueueLimits limits;
    private final Outcomes outcomes;
    private Instant pausedUntil = Instant.EPOCH;
    private int failuresInARow;

    Retries(Lanes lanes, QueueLimits limits, Outcomes outcomes) {
        this.lanes = lanes;
        this.limits = limits;
        this.outcomes = outcomes;
    }

    /** No send starts before this. */
    Instant pausedUntil() {
        return pausedUntil;
    }

    /**
     * Acts on one send's result: requeues what is tried again, adds to {@code settled} what is done
     * (sent or given up). Returns true when the chat turned out blocked.
     */
    boolean apply(Lane.Item item, DeliveryResult result, Instant now, List<Lane.Item> settled) {
        QueueStats.Counters stats = outcomes.stats;
        Lane lane = item.lane;
        if (result instanceof DeliveryResult.Delivered) {
            stats.delivered++;
            failuresInARow = 0;
            lane.notBefore = now.plus(limits.perChat()).plus(limits.margin());
            settled.add(item);
        } else if (result instanceof DeliveryResult.RetryAfter retry) {
            stats.rateLimited++;
            retryAfter(item, retry.delay(), now, settled);
        } else if (result instanceof DeliveryResult.Blocked) {
            stats.blocked++;
            settled.add(item);
            settled.addAll(lanes.clear(lane));
            stats.dropped += settled.size();
            log.info("chat {} blocked the bot; its messages are dropped and reminders turned off", lane.chatId);
            return true;
        } else if (result instanceof DeliveryResult.Failed failed) {
            failed(item, failed, now, settled);
        }
        return false;
    }

    private void failed(Lane.Item item, DeliveryResult.Failed failed, Instant now, List<Lane.Item> settled) {
        if (!failed.retryable() || item.expired(now)) {
            outcomes.dropped(item, failed.retryable() ? "not sent before its deadline (" + failed.reason() + ")"
                    : failed.reason());
            settled.add(item);
            return;
        }
        // Telegram's 5xx and network trouble hit every chat alike: pause all sending, not just this chat.
        outcomes.stats.retried++;
        lanes.requeue(item);
        pausedUntil = later(pausedUntil, now.plus(limits.backoff(++failuresInARow)));
    }

    private void retryAfter(Lane.Item item, Duration delay, Instant now, List<Lane.Item> settled) {
        if (item.expired(now)) {
            outcomes.dropped(item, "rate limited until its deadline");
            settled.add(item);
        } else {
            lanes.requeue(item);
        }
        item.lane.notBefore = now.plus(delay);
        // Telegram also limits a chat over a minute (20 messages in groups): a chat we were talking
        // to may be over its own limit, but a 429 for a quiet chat is the bot's, so every chat waits.
        boolean chatBusy = item.previousStart != null && item.previousStart.plus(CHAT_MEMORY).isAfter(item.startedAt);
        if (!chatBusy) {
            pausedUntil = later(pausedUntil, now.plus(delay));
        }
    }

    static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
