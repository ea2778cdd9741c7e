package ru.sleepbot.outbound;

/** What the outbound queue did so far: sent, 429s waited out, retries after errors, 403s, messages given up. */
public record QueueStats(long delivered, long rateLimited, long retried, long blocked, long dropped) {

    /** The live counters, guarded by the queue's lock. */
    static final class Counters {
        long delivered;
        long rateLimited;
        long retried;
        long blocked;
        long dropped;

        QueueStats snapshot() {
            return new QueueStats(delivered, rateLimited, retried, blocked, dropped);
        }
    }
}
