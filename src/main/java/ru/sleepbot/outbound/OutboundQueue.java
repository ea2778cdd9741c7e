package ru.sleepbot.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
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
 * chats, a minimum gap per chat) with no more sends in flight than that pace needs at the measured
 * round trip ({@link RoundTrips}), keeps each chat's messages in order, sends answers to people
 * who are chatting ahead of bulk prompts, waits out 429s, and after 5xx or network errors pauses
 * all sending with growing back-off. A message is retried until its deadline (an answer's ten
 * minutes, a prompt's window) and only then dropped, counted and logged without its text. On 403
 * the chat's messages are dropped and the chat reported blocked. Messages that come from the
 * durable outbox carry their row id; {@code onSettled} hears it once the message was sent or given
 * up, so the row can go. {@link #close()} stops taking messages and sends what is queued until the
 * drain deadline; what is left stays in the durable outbox for the next start.
 */
public final class OutboundQueue implements Outbox, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);
    private static final Duration IDLE = Duration.ofMinutes(1);
    private static final Duration IN_FLIGHT_GRACE = Duration.ofSeconds(2);

    private final Transport transport;
    private final LongConsumer onBlocked;
    private final Clock clock;
    private final QueueLimits limits;
    private final Executor senders;
    private final Waiter waiter;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final Lanes lanes = new Lanes();
    private final RateWindow global;
    private final Thread dispatcher;
    private final Outcomes outcomes;
    private final Retries retries;
    private final RoundTrips roundTrips;
    private Instant drainDeadline;
    private int inFlight;

    /**
     * @param onBlocked told the chat id when a send gets 403 (the user blocked the bot)
     * @param onSettled told the row id of a durable message once it was sent or given up
     */
    public OutboundQueue(Transport transport, LongConsumer onBlocked, LongConsumer onSettled, Clock clock,
                         QueueLimits limits) {
        this(transport, onBlocked, id -> { }, onSettled, clock, limits, null, Waiter.PARK);
    }

    /** With {@code senders} given, no threads are started: the caller drives {@link #runUntilIdle()} (tests). */
    OutboundQueue(Transport transport, LongConsumer onBlocked, LongConsumer onSettled, Clock clock, QueueLimits limits,
                  Executor senders, Waiter waiter) {
        this(transport, onBlocked, id -> { }, onSettled, clock, limits, senders, waiter);
    }

    /**
     * @param onAccepted told the row id of a durable message the moment Telegram's answer says it
     *                   was accepted, on the thread that read that answer (before {@code onSettled})
     */
    OutboundQueue(Transport transport, LongConsumer onBlocked, LongConsumer onAccepted, LongConsumer onSettled,
                  Clock clock, QueueLimits limits, Executor senders, Waiter waiter) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.onBlocked = Objects.requireNonNull(onBlocked, "onBlocked");
        this.outcomes = new Outcomes(Objects.requireNonNull(onAccepted, "onAccepted"),
                Objects.requireNonNull(onSettled, "onSettled"));
        this.retries = new Retries(lanes, limits, outcomes);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.waiter = waiter;
        this.global = new RateWindow(limits.perSecond(), Duration.ofSeconds(1).plus(limits.margin()));
        this.roundTrips = new RoundTrips(limits.perSecond(), limits.workers());
        if (senders == null) {
            this.senders = Executors.newFixedThreadPool(limits.workers() + 1, daemon("outbound-send"));
            this.dispatcher = daemon("outbound-dispatch").newThread(() -> loop(false));
            this.dispatcher.start();
        } else {
            this.senders = senders;
            this.dispatcher = null;
        }
    }

    /** A user who blocked the bot gets no more prompts; their chosen time is kept should they come back. */
    public static LongConsumer turnRemindersOff(UserStore users) {
        return chatId -> users.update(chatId, s -> s.withReminder(s.remindAt(), false).withSnoozedUntil(null));
    }

    /** Queues a message that lives only in memory, worth sending for the default time of its priority. */
    @Override
    public void send(Outgoing message) {
        send(message, -1);
    }

    /** Queues a message of the durable outbox; its row id is reported to {@code onSettled} when done. */
    public void send(Outgoing message, long rowId) {
        Objects.requireNonNull(message, "message");
        lock.lock();
        try {
            if (drainDeadline != null) {
                outcomes.left(List.of(new Lane.Item(message, 0, rowId, Instant.MAX)), "outbound queue closed");
                return;
            }
            Instant now = clock.instant();
            lanes.add(message, rowId, limits.deadline(message, now), now);
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Bulk prompts queued and not yet sent, so that producers keep only a short backlog here. */
    public int pendingBulk() {
        lock.lock();
        try {
            return lanes.queuedBulk();
        } finally {
            lock.unlock();
        }
    }

    /** Messages queued for one chat and not yet sent (the channel's flood control reads it). */
    public int pendingFor(long chatId) {
        lock.lock();
        try {
            return lanes.queuedFor(chatId);
        } finally {
            lock.unlock();
        }
    }

    public QueueStats stats() {
        lock.lock();
        try {
            return outcomes.stats.snapshot();
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
            dispatcher.join(limits.drainDeadline().plus(IN_FLIGHT_GRACE).toMillis());
            ExecutorService pool = (ExecutorService) senders;
            pool.shutdown();
            pool.awaitTermination(IN_FLIGHT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
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
                boolean idle = lanes.queued() == 0 && inFlight == 0;
                if (idle && (untilIdle || drainDeadline != null)) {
                    return;
                }
                if (drainDeadline != null && !now.isBefore(drainDeadline)) {
                    outcomes.left(lanes.clearAll(), "drain deadline passed");
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
        lanes.promote(now);
        List<Lane.Item> started = new ArrayList<>();
        List<Lane.Item> expired = new ArrayList<>();
        while (lanes.hasReady() && inFlight < roundTrips.inFlight() && !retries.pausedUntil().isAfter(now)
                && global.hasRoom(now)) {
            Lane.Item item = lanes.startNext(now);
            if (item.expired(now)) {
                expired.add(item);
                lanes.place(item.lane, now);
                continue;
            }
            started.add(item);
            inFlight++;
            global.take();
        }
        expired.forEach(item -> drop(item, "not sent before its deadline"));
        started.forEach(item -> senders.execute(() -> deliver(item)));
        Instant next = null;
        if (lanes.hasReady() && inFlight < roundTrips.inFlight()) {
            Instant room = global.nextRoom(now);
            next = room == null ? null : Retries.later(retries.pausedUntil(), room);
        }
        Instant waiting = lanes.nextWaiting();
        if (waiting != null && (next == null || waiting.isBefore(next))) {
            next = waiting;
        }
        return next;
    }

    private void deliver(Lane.Item item) {
        DeliveryResult result;
        try {
            result = transport.deliver(item.message, () -> outcomes.accepted(item));
        } catch (RuntimeException e) {
            result = new DeliveryResult.Failed(true, e.getClass().getSimpleName());
        }
        if (complete(item, result)) {
            try {
                onBlocked.accept(item.message.chatId());
            } catch (RuntimeException e) {
                log.error("could not turn reminders off for blocked chat {}", item.message.chatId(), e);
            }
        }
    }

    /** Acts on a send's result; true when the chat turned out blocked. */
    private boolean complete(Lane.Item item, DeliveryResult result) {
        List<Lane.Item> settled = new ArrayList<>();
        boolean blocked = false;
        lock.lock();
        try {
            Instant now = clock.instant();
            Lane lane = item.lane;
            inFlight--;
            global.finish(now);
            roundTrips.add(Duration.between(item.startedAt, now));
            blocked = retries.apply(item, result, now, settled);
            lanes.place(lane, now);
            wake.signalAll();
        } finally {
            lock.unlock();
        }
        outcomes.settle(settled);
        return blocked;
    }

    /** Gives a message up for good (called under the lock; the row goes outside it). */
    private void drop(Lane.Item item, String reason) {
        outcomes.dropped(item, reason);
        senders.execute(() -> outcomes.settle(List.of(item)));
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
