package ru.sleepbot.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sleepbot.chat.DeliveryResult;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Transport;
import ru.sleepbot.store.UserStore;

/**
 * The one way anything is sent. Paces sends to Telegram's limits (a sliding window across all
 * chats, a minimum gap per chat), keeps each chat's messages in order, sends answers to people
 * who are chatting ahead of bulk prompts, waits out 429s, retries 5xx and network errors with
 * bounded backoff, and on 403 drops the chat's messages and reports it blocked. {@link #close()}
 * stops taking messages and sends what is queued within the drain deadline.
 *
 * <p>Usage: {@code new OutboundQueue(transport, userStore, Clock.systemUTC(), QueueLimits.TELEGRAM)}
 * starts a dispatcher thread and {@code limits.workers()} sender threads; close it on shutdown.
 */
public final class OutboundQueue implements Outbox, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);
    private static final Duration IDLE = Duration.ofMinutes(1);
    private static final int MAX_RATE_LIMITED = 20;
    private static final Duration CHAT_MEMORY = Duration.ofMinutes(1);

    private final Transport transport;
    private final LongConsumer onBlocked;
    private final Clock clock;
    private final QueueLimits limits;
    private final Executor senders;
    private final Waiter waiter;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final Map<Long, Lane> lanes = new HashMap<>();
    private final PriorityQueue<Lane> waiting = new PriorityQueue<>(
            Comparator.comparing((Lane l) -> l.notBefore).thenComparingLong(Lane::headSeq));
    /** Ready lanes, oldest head message first, so a retried message keeps its place in line. */
    private final PriorityQueue<Lane> readyInteractive = new PriorityQueue<>(Comparator.comparingLong(Lane::headSeq));
    private final PriorityQueue<Lane> readyBulk = new PriorityQueue<>(Comparator.comparingLong(Lane::headSeq));
    private final RateWindow global;
    private final Thread dispatcher;
    private final QueueStats.Counters stats = new QueueStats.Counters();
    private Instant pausedUntil = Instant.EPOCH;
    private Instant drainDeadline;
    private long sequence;
    private int queuedBulk;
    private int queued;
    private int inFlight;

    /** Turns a user's reminders off when they block the bot. */
    public OutboundQueue(Transport transport, UserStore users, Clock clock, QueueLimits limits) {
        this(transport, turnRemindersOff(users), clock, limits);
    }

    /** A user who blocked the bot gets no more prompts; their chosen time is kept should they come back. */
    static LongConsumer turnRemindersOff(UserStore users) {
        return chatId -> users.update(chatId, s -> s.withReminder(s.remindAt(), false).withSnoozedUntil(null));
    }

    /** @param onBlocked told the chat id when a send gets 403 (the user blocked the bot) */
    public OutboundQueue(Transport transport, LongConsumer onBlocked, Clock clock, QueueLimits limits) {
        this(transport, onBlocked, clock, limits, null, Waiter.PARK);
    }

    /** With {@code senders} given, no threads are started: the caller drives {@link #runUntilIdle()} (tests). */
    OutboundQueue(Transport transport, LongConsumer onBlocked, Clock clock, QueueLimits limits, Executor senders,
                  Waiter waiter) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.onBlocked = Objects.requireNonNull(onBlocked, "onBlocked");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.waiter = waiter;
        this.global = new RateWindow(limits.perSecond(), Duration.ofSeconds(1).plus(limits.margin()));
        if (senders == null) {
            this.senders = Executors.newFixedThreadPool(limits.workers(), daemon("outbound-send"));
            this.dispatcher = daemon("outbound-dispatch").newThread(() -> loop(false));
            this.dispatcher.start();
        } else {
            this.senders = senders;
            this.dispatcher = null;
        }
    }

    @Override
    public void send(Outgoing message) {
        Objects.requireNonNull(message, "message");
        lock.lock();
        try {
            if (drainDeadline != null) {
                stats.dropped++;
                log.warn("outbound queue closed; message to chat {} dropped", message.chatId());
                return;
            }
            Lane lane = lanes.computeIfAbsent(message.chatId(), Lane::new);
            Lane.Item item = new Lane.Item(message, sequence++);
            lane.items.addLast(item);
            count(lane, item, +1);
            if (item.interactive() && lane.place == Lane.Place.READY_BULK) {
                readyBulk.remove(lane); // an answer lifts the whole chat ahead of bulk prompts
                lane.place = Lane.Place.IDLE;
            }
            if (lane.place == Lane.Place.IDLE) {
                place(lane, clock.instant());
            }
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Bulk prompts queued and not yet sent, so that producers keep only a short backlog here. */
    public int pendingBulk() {
        lock.lock();
        try {
            return queuedBulk;
        } finally {
            lock.unlock();
        }
    }

    public QueueStats stats() {
        lock.lock();
        try {
            return stats.snapshot();
        } finally {
            lock.unlock();
        }
    }

    /** Stops taking messages, sends what is queued until the drain deadline, then stops the threads. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (drainDeadline == null) {
                drainDeadline = clock.instant().plus(limits.drainDeadline());
            }
            wake.signalAll();
        } finally {
            lock.unlock();
        }
        if (dispatcher == null) {
            loop(false);
            return;
        }
        try {
            dispatcher.join(limits.drainDeadline().plusSeconds(1).toMillis());
            ExecutorService pool = (ExecutorService) senders;
            pool.shutdown();
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends until nothing is queued or in flight, waiting through the {@link Waiter} (tests). */
    void runUntilIdle() {
        loop(true);
    }

    private void loop(boolean untilIdle) {
        lock.lock();
        try {
            while (true) {
                Instant now = clock.instant();
                boolean idle = queued == 0 && inFlight == 0;
                if (idle && (untilIdle || drainDeadline != null)) {
                    return;
                }
                if (drainDeadline != null && !now.isBefore(drainDeadline)) {
                    dropAll();
                    return;
                }
                Instant next = pump(now);
                now = clock.instant();
                Duration wait = next == null ? IDLE : Duration.between(now, next);
                if (drainDeadline != null && Duration.between(now, drainDeadline).compareTo(wait) < 0) {
                    wait = Duration.between(now, drainDeadline);
                }
                if (!wait.isNegative() && !wait.isZero()) {
                    waiter.await(wake, wait);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** Starts every send allowed now; returns when the next one may become allowed (null: on a signal). */
    private Instant pump(Instant now) {
        while (!waiting.isEmpty() && !waiting.peek().notBefore.isAfter(now)) {
            Lane lane = waiting.poll();
            lane.place = Lane.Place.IDLE;
            place(lane, now);
        }
        List<Runnable> starts = new ArrayList<>();
        while (hasReady() && inFlight < limits.workers() && !pausedUntil.isAfter(now) && global.hasRoom(now)) {
            Lane lane = readyInteractive.isEmpty() ? readyBulk.poll() : readyInteractive.poll();
            Lane.Item item = lane.items.pollFirst();
            count(lane, item, -1);
            lane.place = Lane.Place.IN_FLIGHT;
            item.previousStart = lane.lastStart;
            item.startedAt = now;
            lane.lastStart = now;
            inFlight++;
            global.take();
            starts.add(() -> deliver(lane, item));
        }
        starts.forEach(senders::execute);
        Instant next = null;
        if (hasReady() && inFlight < limits.workers()) {
            Instant room = global.nextRoom(now);
            next = room == null ? null : later(pausedUntil, room);
        }
        if (!waiting.isEmpty()) {
            next = earlier(next, waiting.peek().notBefore);
        }
        return next;
    }

    private void deliver(Lane lane, Lane.Item item) {
        DeliveryResult result;
        try {
            result = transport.deliver(item.message);
        } catch (RuntimeException e) {
            result = new DeliveryResult.Failed(true, e.getClass().getSimpleName());
        }
        boolean blocked = complete(lane, item, result);
        if (blocked) {
            try {
                onBlocked.accept(lane.chatId);
            } catch (RuntimeException e) {
                log.error("could not turn reminders off for blocked chat {}", lane.chatId, e);
            }
        }
    }

    /** Acts on a send's result; true when the chat turned out blocked. */
    private boolean complete(Lane lane, Lane.Item item, DeliveryResult result) {
        lock.lock();
        try {
            Instant now = clock.instant();
            inFlight--;
            global.finish(now);
            lane.place = Lane.Place.IDLE;
            boolean blocked = false;
            if (result instanceof DeliveryResult.Delivered) {
                stats.delivered++;
                lane.notBefore = now.plus(limits.perChat()).plus(limits.margin());
            } else if (result instanceof DeliveryResult.RetryAfter retry) {
                stats.rateLimited++;
                if (++item.rateLimited > MAX_RATE_LIMITED) {
                    drop(item, "rate limited " + MAX_RATE_LIMITED + " times");
                } else {
                    requeue(lane, item);
                }
                lane.notBefore = now.plus(retry.delay());
                // A 429 for a chat we had not been talking to is about the bot as a whole: every chat waits.
                if (!sentRecently(item)) {
                    pausedUntil = later(pausedUntil, now.plus(retry.delay()));
                }
            } else if (result instanceof DeliveryResult.Blocked) {
                stats.blocked++;
                blocked = true;
                lane.items.forEach(i -> count(lane, i, -1));
                stats.dropped += lane.items.size();
                lane.items.clear();
                log.info("chat {} blocked the bot; its messages are dropped and reminders turned off", lane.chatId);
            } else if (result instanceof DeliveryResult.Failed failed) {
                if (failed.retryable() && ++item.failures < limits.maxAttempts()) {
                    stats.retried++;
                    requeue(lane, item);
                    lane.notBefore = now.plus(limits.backoff(item.failures));
                } else {
                    drop(item, failed.reason());
                }
            }
            place(lane, now);
            wake.signalAll();
            return blocked;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Telegram also limits a chat over a minute (20 messages in groups), so a chat we were talking
     * to in the last minute may be over its own limit; one we were not cannot be.
     */
    private static boolean sentRecently(Lane.Item item) {
        return item.previousStart != null && item.previousStart.plus(CHAT_MEMORY).isAfter(item.startedAt);
    }

    private void requeue(Lane lane, Lane.Item item) {
        lane.items.addFirst(item);
        count(lane, item, +1);
    }

    private void drop(Lane.Item item, String reason) {
        stats.dropped++;
        log.warn("message to chat {} dropped: {}", item.message.chatId(), reason);
    }

    private void dropAll() {
        int left = queued;
        for (Lane lane : lanes.values()) {
            lane.items.clear();
        }
        lanes.clear();
        waiting.clear();
        readyInteractive.clear();
        readyBulk.clear();
        queued = 0;
        queuedBulk = 0;
        stats.dropped += left;
        if (left > 0) {
            log.warn("drain deadline passed; {} queued messages not sent", left);
        }
    }

    /** Puts an idle lane where it belongs now: gone when empty, waiting, or ready by priority. */
    private void place(Lane lane, Instant now) {
        if (lane.items.isEmpty()) {
            lanes.remove(lane.chatId);
        } else if (lane.notBefore.isAfter(now)) {
            lane.place = Lane.Place.WAITING;
            waiting.add(lane);
        } else if (lane.urgent()) {
            lane.place = Lane.Place.READY_INTERACTIVE;
            readyInteractive.add(lane);
        } else {
            lane.place = Lane.Place.READY_BULK;
            readyBulk.add(lane);
        }
    }

    private void count(Lane lane, Lane.Item item, int delta) {
        queued += delta;
        if (item.interactive()) {
            lane.interactive += delta;
        } else {
            queuedBulk += delta;
        }
    }

    private boolean hasReady() {
        return !readyInteractive.isEmpty() || !readyBulk.isEmpty();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
