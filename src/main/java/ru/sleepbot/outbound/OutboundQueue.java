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
    private final Lanes lanes = new Lanes();
    private final RateWindow global;
    private final Thread dispatcher;
    private final QueueStats.Counters stats = new QueueStats.Counters();
    private Instant pausedUntil = Instant.EPOCH;
    private Instant drainDeadline;
    private int inFlight;

    /** Turns a user's reminders off when they block the bot. */
    public OutboundQueue(Transport transport, UserStore users, Clock clock, QueueLimits limits) {
        this(transport, turnRemindersOff(users), clock, limits);
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

    /** A user who blocked the bot gets no more prompts; their chosen time is kept should they come back. */
    static LongConsumer turnRemindersOff(UserStore users) {
        return chatId -> users.update(chatId, s -> s.withReminder(s.remindAt(), false).withSnoozedUntil(null));
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
            lanes.add(message, clock.instant());
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
                boolean idle = lanes.queued() == 0 && inFlight == 0;
                if (idle && (untilIdle || drainDeadline != null)) {
                    return;
                }
                if (drainDeadline != null && !now.isBefore(drainDeadline)) {
                    int left = lanes.clearAll();
                    stats.dropped += left;
                    if (left > 0) {
                        log.warn("drain deadline passed; {} queued messages not sent", left);
                    }
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
        while (lanes.hasReady() && inFlight < limits.workers() && !pausedUntil.isAfter(now) && global.hasRoom(now)) {
            started.add(lanes.startNext(now));
            inFlight++;
            global.take();
        }
        started.forEach(item -> senders.execute(() -> deliver(item)));
        Instant next = null;
        if (lanes.hasReady() && inFlight < limits.workers()) {
            Instant room = global.nextRoom(now);
            next = room == null ? null : later(pausedUntil, room);
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
            result = transport.deliver(item.message);
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
        lock.lock();
        try {
            Instant now = clock.instant();
            Lane lane = item.lane;
            inFlight--;
            global.finish(now);
            boolean blocked = false;
            if (result instanceof DeliveryResult.Delivered) {
                stats.delivered++;
                lane.notBefore = now.plus(limits.perChat()).plus(limits.margin());
            } else if (result instanceof DeliveryResult.RetryAfter retry) {
                stats.rateLimited++;
                retryAfter(item, retry.delay(), now);
            } else if (result instanceof DeliveryResult.Blocked) {
                stats.blocked++;
                stats.dropped += lanes.clear(lane);
                blocked = true;
                log.info("chat {} blocked the bot; its messages are dropped and reminders turned off", lane.chatId);
            } else if (result instanceof DeliveryResult.Failed failed) {
                if (failed.retryable() && ++item.failures < limits.maxAttempts()) {
                    stats.retried++;
                    lanes.requeue(item);
                    lane.notBefore = now.plus(limits.backoff(item.failures));
                } else {
                    drop(item, failed.reason());
                }
            }
            lanes.place(lane, now);
            wake.signalAll();
            return blocked;
        } finally {
            lock.unlock();
        }
    }

    private void retryAfter(Lane.Item item, Duration delay, Instant now) {
        if (++item.rateLimited > MAX_RATE_LIMITED) {
            drop(item, "rate limited " + MAX_RATE_LIMITED + " times");
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

    private void drop(Lane.Item item, String reason) {
        stats.dropped++;
        log.warn("message to chat {} dropped: {}", item.message.chatId(), reason);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
