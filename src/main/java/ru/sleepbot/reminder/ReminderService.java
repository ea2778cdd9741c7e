package ru.sleepbot.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.outbound.OutboundQueue;
import ru.sleepbot.store.ReminderStore;
import ru.sleepbot.store.Transactions;
import ru.sleepbot.time.Scheduler;

/**
 * Sends the prompts of every kind (the evening one, the diary's morning check-in and weekly chart,
 * see {@link PromptSource}). Due work lives in the database, never in memory: every poll reads
 * what is due and claims each prompt with a conditional update (only one instance, once per kind
 * and local day, wins); the claim and the prompt's row in the durable outbox are one unit of work,
 * so a claimed prompt is never lost to a crash or a Telegram outage: the outbox retries it until
 * its two-hour window closes. Prompts are claimed only as fast as the queue sends them (a short
 * backlog); a prompt over two hours late is marked for the day and skipped, never sent in the
 * middle of the night.
 */
public final class ReminderService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    /**
     * @param pollEvery   how often to look for due work when there is none
     * @param busyPoll    how soon to look again while more is due than the backlog takes
     * @param maxLateness a prompt later than this is skipped for the day
     * @param backlog     at most this many claimed prompts wait in the queue: 3 s of sending, so a
     *                    slow poll does not starve the queue and answers never wait behind a crowd
     */
    public record Config(Duration pollEvery, Duration busyPoll, Duration maxLateness, int backlog) {
        public static final Config DEFAULT = new Config(Duration.ofSeconds(20), Duration.ofMillis(500),
                Duration.ofHours(2), 90);

        public Config {
            Objects.requireNonNull(pollEvery, "pollEvery");
            Objects.requireNonNull(busyPoll, "busyPoll");
            Objects.requireNonNull(maxLateness, "maxLateness");
            if (backlog < 1) {
                throw new IllegalArgumentException("backlog must be positive: " + backlog);
            }
        }
    }

    /** What one poll did. */
    public record Poll(int sent, int skippedLate, int lostRace, boolean moreDue) {
    }

    private final List<PromptSource> sources;
    private final Outbox outbox;
    private final IntSupplier queuedBulk;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Config config;
    private final Transactions transactions;
    private Scheduler.Cancellable next;
    private boolean closed;

    /**
     * The evening prompts only, without units of work (tests and benchmarks of the schedule).
     *
     * @param queuedBulk how many bulk prompts the outbox holds unsent ({@link OutboundQueue#pendingBulk})
     */
    public ReminderService(ReminderStore store, ReminderSchedule schedule, PromptComposer prompts, Outbox outbox,
                           IntSupplier queuedBulk, Scheduler scheduler, Clock clock, Config config) {
        this(List.of(new EveningPrompts(store, schedule, prompts)), outbox, queuedBulk, scheduler, clock, config,
                Transactions.NONE);
    }

    /**
     * Prompts of every kind the sources hold (the evening's, the diary's), polled in this order,
     * all sharing one backlog in the queue.
     *
     * @param transactions units of work, so that a claim and its prompt in the durable outbox commit together
     */
    public ReminderService(List<PromptSource> sources, Outbox outbox, IntSupplier queuedBulk, Scheduler scheduler,
                           Clock clock, Config config, Transactions transactions) {
        this.sources = List.copyOf(sources);
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.queuedBulk = Objects.requireNonNull(queuedBulk, "queuedBulk");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.config = Objects.requireNonNull(config, "config");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** Starts polling now; each poll schedules the next. */
    public synchronized void start() {
        if (!closed && next == null) {
            next = scheduler.schedule(Duration.ZERO, this::tick);
        }
    }

    private void tick() {
        Poll result = null;
        try {
            result = poll();
        } catch (RuntimeException e) {
            log.error("reminder poll failed; trying again at the next poll", e);
        } finally {
            synchronized (this) {
                if (!closed) {
                    Duration delay = result != null && result.moreDue() ? config.busyPoll() : config.pollEvery();
                    next = scheduler.schedule(delay, this::tick);
                }
            }
        }
    }

    /** One pass: claims and sends what is due, as far as the queue's backlog allows. */
    public synchronized Poll poll() {
        int room = config.backlog() - queuedBulk.getAsInt();
        if (closed || room <= 0) {
            return new Poll(0, 0, 0, !closed);
        }
        Instant now = clock.instant();
        int sent = 0;
        int skipped = 0;
        int lost = 0;
        boolean more = false;
        for (PromptSource source : sources) {
            if (closed || room <= 0) {
                more |= room <= 0;
                break;
            }
            List<Prompt> due = source.due(now, room);
            more |= due.size() >= room;
            room -= due.size();
            for (Prompt prompt : due) {
                if (closed) {
                    break;
                }
                Outcome outcome = claimAndSend(prompt, now);
                if (outcome == Outcome.SENT) {
                    sent++;
                } else if (outcome == Outcome.SKIPPED) {
                    skipped++;
                } else if (outcome == Outcome.LOST) {
                    lost++;
                }
            }
        }
        if (skipped > 0) {
            log.info("skipped {} prompts more than {} late", skipped, config.maxLateness());
        }
        return new Poll(sent, skipped, lost, more);
    }

    /** {@code NOTHING}: claimed, but there was nothing worth sending (the night is already recorded). */
    private enum Outcome { SENT, NOTHING, SKIPPED, LOST }

    private Outcome claimAndSend(Prompt prompt, Instant now) {
        boolean late = Duration.between(prompt.dueAt(), now).compareTo(config.maxLateness()) > 0;
        // The message is written before the unit: a chart takes tens of milliseconds to draw, and
        // the unit holds the database (SQLite's one connection) from the claim to its commit.
        Optional<Reply> message = late ? Optional.empty() : prompt.compose();
        return transactions.inUnit(() -> {
            if (!prompt.claim(now)) {
                return Outcome.LOST;
            }
            if (late) {
                return Outcome.SKIPPED;
            }
            if (message.isEmpty()) {
                return Outcome.NOTHING;
            }
            // Worth sending until the window closes in which a prompt would still be sent at all.
            outbox.send(new Outgoing(prompt.chatId(), message.get(), Outgoing.Priority.BULK,
                    prompt.dueAt().plus(config.maxLateness())));
            return Outcome.SENT;
        });
    }

    /** Stops polling; prompts not yet claimed stay due in the database for the next start. */
    @Override
    public synchronized void close() {
        closed = true;
        if (next != null) {
            next.cancel();
        }
    }
}
