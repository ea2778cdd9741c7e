package ru.sleepbot.telegram;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polling loop. A batch is confirmed to Telegram (by asking for the next offset) only after
 * every update in it was handled, which means its replies are committed to the outbox; unreadable
 * updates are skipped and confirmed with the rest. When handling fails (the database is down) the
 * batch is asked for again after a pause, and the updates already handled are skipped by the
 * journal; an update that fails {@link #MAX_ATTEMPTS} times is given up, logged by id.
 */
final class UpdatePoller implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);
    static final int MAX_ATTEMPTS = 5;
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private final UpdateFeed feed;
    private final FloodGate gate;
    private final UpdateDispatcher dispatcher;
    private final UpdateJournal journal;
    private final PollingBackOff backOff;
    private final Map<Long, Integer> attempts = new HashMap<>();
    private volatile boolean running = true;
    /** The next offset to ask for: everything below it is handled. */
    private volatile long offset;
    /** The offset of the last poll: what Telegram already knows is confirmed. */
    private volatile long asked;
    private long prunedAt = System.nanoTime();

    UpdatePoller(UpdateFeed feed, FloodGate gate, UpdateDispatcher dispatcher, UpdateJournal journal,
                 PollingBackOff backOff) {
        this.feed = feed;
        this.gate = gate;
        this.dispatcher = dispatcher;
        this.journal = journal;
        this.backOff = backOff;
    }

    @Override
    public void run() {
        while (running) {
            long from = offset;
            List<Received> batch = feed.next(from);
            asked = from;
            prune(from);
            if (!running || batch.isEmpty()) {
                continue;
            }
            Set<Long> failed = dispatcher.handle(gate.admit(batch));
            if (failed.isEmpty() || givenUp(failed)) {
                long last = batch.stream().mapToLong(Received::id).max().orElse(from - 1);
                offset = Math.max(from, last + 1);
                attempts.clear();
                backOff.reset();
            } else {
                pause();
            }
        }
    }

    /** Stops asking for updates; the batch in progress finishes. */
    void stop() {
        running = false;
    }

    /** Confirms what was handled since the last poll, so the next start does not get it again. */
    void confirmHandled() {
        if (offset > asked) {
            feed.confirm(offset);
        }
    }

    private boolean givenUp(Set<Long> failed) {
        boolean all = true;
        for (long id : failed) {
            int tries = attempts.merge(id, 1, Integer::sum);
            if (tries < MAX_ATTEMPTS) {
                all = false;
            }
        }
        if (all) {
            log.error("updates {} failed {} times and are skipped", failed, MAX_ATTEMPTS);
            failed.forEach(attempts::remove);
        } else {
            log.warn("updates {} could not be handled; the batch is tried again", failed);
        }
        return all;
    }

    private void pause() {
        try {
            Thread.sleep(backOff.nextBackOffMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void prune(long confirmedBelow) {
        if (confirmedBelow <= 0 || System.nanoTime() - prunedAt < PRUNE_EVERY.toNanos()) {
            return;
        }
        prunedAt = System.nanoTime();
        try {
            journal.confirmedBelow(confirmedBelow);
        } catch (RuntimeException e) {
            log.warn("could not drop the ids of confirmed updates: {}", e.getClass().getSimpleName());
        }
    }
}
