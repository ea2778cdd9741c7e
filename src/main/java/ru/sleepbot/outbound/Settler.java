package ru.sleepbot.outbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles the outbox rows of sent (or given-up) messages. First it has the store note the id at
 * once ({@link ru.sleepbot.store.OutboxStore#settled}, no commit): for a sent message in
 * {@link #accepted}, on the HTTP client's thread the moment Telegram's answer is read; for one given
 * up, when it is settled. A kill -9 from then on does not send the message again. Then it deletes
 * the rows, as soon as possible and many in one commit: while one delete commits, the ids that
 * arrive meanwhile wait and go together in the next. Fewer fsyncs leave the database free sooner.
 */
final class Settler implements LongConsumer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Settler.class);

    private final LinkedBlockingQueue<Long> ids = new LinkedBlockingQueue<>();
    /** Rows noted in {@link #accepted} whose settling has not come yet: noted once is enough. */
    private final Set<Long> noted = ConcurrentHashMap.newKeySet();
    private final LongConsumer note;
    private final Consumer<List<Long>> remove;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param note   records at once that a row is settled (must be quick: it runs on a sender thread)
     * @param remove deletes rows, one commit for the batch
     */
    Settler(LongConsumer note, Consumer<List<Long>> remove) {
        this.note = note;
        this.remove = remove;
        this.thread = new Thread(this::loop, "outbox-settle");
        thread.setDaemon(true);
        thread.start();
    }

    /** Telegram accepted the row's message: noted now, deleted once the queue settles it. */
    void accepted(long id) {
        note(id);
        noted.add(id);
    }

    /** The row's message was sent or given up: noted (unless {@link #accepted} did) and deleted soon. */
    @Override
    public void accept(long id) {
        if (!noted.remove(id)) {
            note(id);
        }
        ids.add(id);
    }

    private void note(long id) {
        try {
            note.accept(id);
        } catch (RuntimeException e) {
            log.warn("could not note outbox row {} as settled: a crash before its deletion sends it again", id, e);
        }
    }

    private void loop() {
        while (running || !ids.isEmpty()) {
            try {
                Long first = ids.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Long> batch = new ArrayList<>();
                    batch.add(first);
                    ids.drainTo(batch);
                    delete(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void delete(List<Long> batch) {
        try {
            remove.accept(batch);
        } catch (RuntimeException e) {
            log.error("could not remove {} outbox rows: they may be sent again after a restart", batch.size(), e);
        }
    }

    /** Deletes what is still waiting, then stops. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
