package ru.sleepbot.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.outbound.OutboundQueue;
import ru.sleepbot.store.DueReminder;
import ru.sleepbot.store.ReminderStore;
import ru.sleepbot.store.Transactions;
import ru.sleepbot.store.UserSettings;
import ru.sleepbot.time.Scheduler;

/**
 * Sends the evening prompts. Due work lives in the database, never in memory: every poll reads
 * what is due and claims each prompt with a conditional update (only one instance, once per local
 * day, wins); the claim and the prompt's row in the durable outbox are one unit of work, so a
 * claimed prompt is never lost to a crash or a Telegram outage: the outbox retries it until its
 * two-hour window closes. Prompts are claimed only as fast as the queue sends them (a short
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

    private final ReminderStore store;
    private final ReminderSchedule schedule;
    private final PromptComposer prompts;
    private final Outbox outbox;
    private final IntSupplier queuedBulk;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Config config;
    private final Transactions transactions;
    private Scheduler.Cancellable next;
    private boolean closed;

    /**
     * @param queuedBulk how many bulk prompts the outbox holds unsent ({@link OutboundQueue#pendingBulk})
     */
    public ReminderService(ReminderStore store, ReminderSchedule schedule, PromptComposer prompts, Outbox outbox,
                           IntSupplier queuedBulk, Scheduler scheduler, Clock clock, Config config) {
        this(store, schedule, prompts, outbox, queuedBulk, scheduler, clock, config, Transactions.NONE);
    }

    /** @param transactions units of work, so that a claim and its prompt in the durable outbox commit together */
    public ReminderService(ReminderStore store, ReminderSchedule schedule, PromptComposer prompts, Outbox outbox,
                           IntSupplier queuedBulk, Scheduler scheduler, Clock clock, Config config,
                           Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.store = Objects.requireNonNull(store, "store");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.queuedBulk = Objects.requireNonNull(queuedBulk, "queuedBulk");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.config = Objects.requireNonNull(config, "config");
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
        List<DueReminder> due = store.due(now, room);
        int sent = 0;
        int skipped = 0;
        int lost = 0;
        for (DueReminder reminder : due) {
            if (closed) {
                break;
            }
            Outcome outcome = transactions.inUnit(() -> claimAndSend(reminder, now));
            if (outcome == Outcome.SEND) {
                sent++;
            } else if (outcome == Outcome.SKIP) {
                skipped++;
            } else {
                lost++;
            }
        }
        if (skipped > 0) {
            log.info("skipped {} prompts more than {} late", skipped, config.maxLateness());
        }
        return new Poll(sent, skipped, lost, due.size() >= room);
    }

    private enum Outcome { SEND, SKIP, LOST }

    private Outcome claimAndSend(DueReminder reminder, Instant now) {
        Outcome outcome = claim(reminder, now);
        if (outcome == Outcome.SEND) {
            // Worth sending until the window closes in which a prompt would still be sent at all.
            outbox.send(new Outgoing(reminder.settings().chatId(), prompts.prompt(reminder.settings(),
                    reminder.snoozed()), Outgoing.Priority.BULK, reminder.dueAt().plus(config.maxLateness())));
        }
        return outcome;
    }

    private Outcome claim(DueReminder reminder, Instant now) {
        UserSettings s = reminder.settings();
        boolean late = Duration.between(reminder.dueAt(), now).compareTo(config.maxLateness()) > 0;
        boolean won;
        if (reminder.snoozed()) {
            Instant after = schedule.next(s.withSnoozedUntil(null), now);
            won = store.claimSnooze(s.chatId(), s.snoozedUntil(), after);
        } else {
            LocalDate date = ReminderSchedule.promptDate(reminder.dueAt(), s.zone());
            UserSettings claimed = s.withLastPromptDate(date);
            won = store.claimEvening(s.chatId(), reminder.dueAt(), date, schedule.next(claimed, now));
        }
        if (!won) {
            return Outcome.LOST;
        }
        return late ? Outcome.SKIP : Outcome.SEND;
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
