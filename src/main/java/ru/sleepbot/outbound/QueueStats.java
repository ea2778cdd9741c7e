package ru.sleepbot.outbound;

/**
 * What the outbound queue did so far: sent, 429s waited out, retries after errors, 403s, messages
 * given up (deadline passed, refused by Telegram, chat blocked), and messages left at shutdown in
 * the durable outbox for the next start.
 */
public record QueueStats(long delivered, long rateLimited, long retried, long blocked, long dropped, long deferred) {

    /** The live counters, guarded by the queue's lock. */
    static final class Counters {
        long delivered;
        long rateLimited;
        long retried;
        long blocked;
        long dropped;
        long deferred;

        QueueStats snapshot() {
            return new QueueStats(delivered, rateLimited, retried, blocked, dropped, deferred);
        }
    }
}
