package ru.sleepbot.routine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.content.Routine;
import ru.sleepbot.routine.Progress.Status;
import ru.sleepbot.time.Scheduler;

/**
 * Paces the routine of each chat: start at a step, next, pause (holding the time left), resume,
 * stop, and "timed" mode, in which the bot moves on by itself after each step's duration and
 * sends the step through the {@link Outbox}.
 *
 * <p>User actions arrive on the dialog's threads while timed steps fire on the scheduler's. Each
 * chat's run has its own lock and a version that every change bumps; a scheduled task remembers
 * the version it was armed for and does nothing once it is stale. So a timer and a press of
 * "next" for the same step can never both move the routine on, even when cancelling the timer
 * comes too late to stop it from running. A run nobody touches for {@code idleLimit} (manual or
 * paused) is dropped, so abandoned routines do not pile up.
 */
public final class RoutinePlayer {

    private static final Logger log = LoggerFactory.getLogger(RoutinePlayer.class);

    private final Scheduler scheduler;
    private final Clock clock;
    private final Outbox outbox;
    private final ProgressView view;
    private final Duration idleLimit;
    private final ConcurrentHashMap<Long, Run> runs = new ConcurrentHashMap<>();

    public RoutinePlayer(Scheduler scheduler, Clock clock, Outbox outbox, ProgressView view, Duration idleLimit) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.view = Objects.requireNonNull(view, "view");
        this.idleLimit = Objects.requireNonNull(idleLimit, "idleLimit");
        if (idleLimit.isNegative() || idleLimit.isZero()) {
            throw new IllegalArgumentException("idle limit must be positive: " + idleLimit);
        }
    }

    /** Starts {@code routine} at its first step, replacing (and silencing) any routine the chat had. */
    public Progress start(long chatId, Routine routine) {
        return start(chatId, routine, 0);
    }

    /** Starts {@code routine} at step {@code step} (from 0), manual pacing. */
    public Progress start(long chatId, Routine routine, int step) {
        Objects.requireNonNull(routine, "routine");
        Objects.checkIndex(step, routine.steps().size());
        Run fresh = new Run(chatId, routine, step);
        synchronized (fresh) {
            Run old = runs.put(chatId, fresh);
            if (old != null) {
                // The old run's timer may be firing right now: once ended it does nothing.
                synchronized (old) {
                    end(old);
                }
            }
            armIdle(fresh);
            return snapshot(fresh, Status.STEP);
        }
    }

    /** Where the chat's routine stands, if one is running or paused. */
    public Optional<Progress> current(long chatId) {
        return act(chatId, run -> snapshot(run, run.paused ? Status.PAUSED : Status.STEP));
    }

    /**
     * Moves on from step {@code fromStep} of {@code routineId}; FINISHED after the last step.
     * Empty when the chat is not on that step of that routine (a press from an older message, or
     * the timer moved on first).
     */
    public Optional<Progress> next(long chatId, String routineId, int fromStep) {
        return act(chatId, run -> run.routine.id().equals(routineId) && run.step == fromStep ? advance(run) : null);
    }

    /** Holds the routine; in timed mode the time left for the current step is kept for {@link #resume}. */
    public Optional<Progress> pause(long chatId) {
        return act(chatId, run -> {
            if (!run.paused) {
                run.remaining = run.timed ? untilDue(run) : Duration.ZERO;
                run.paused = true;
                armIdle(run);
            }
            return snapshot(run, Status.PAUSED);
        });
    }

    /** Continues a paused routine at the same step; in timed mode the held time runs on. */
    public Optional<Progress> resume(long chatId) {
        return act(chatId, run -> {
            if (run.paused) {
                run.paused = false;
                if (run.timed) {
                    armTimer(run, run.remaining);
                } else {
                    armIdle(run);
                }
            }
            return snapshot(run, Status.STEP);
        });
    }

    /** Lets the bot move on by itself, the current step getting its full duration from now. */
    public Optional<Progress> timed(long chatId, String routineId) {
        return act(chatId, run -> {
            if (!run.routine.id().equals(routineId)) {
                return null;
            }
            if (!run.timed || run.paused) {
                run.timed = true;
                run.paused = false;
                armTimer(run, run.routine.steps().get(run.step).duration());
            }
            return snapshot(run, Status.STEP);
        });
    }

    /** Stops the chat's routine and cancels its timer; STOPPED at the step it was on. */
    public Optional<Progress> stop(long chatId) {
        return act(chatId, run -> {
            Progress stopped = snapshot(run, Status.STOPPED);
            end(run);
            return stopped;
        });
    }

    /** How many chats have a routine running or paused. */
    public int active() {
        return runs.size();
    }

    /** Runs {@code change} under the chat's run lock, if the chat has a live run. */
    private Optional<Progress> act(long chatId, Function<Run, Progress> change) {
        while (true) {
            Run run = runs.get(chatId);
            if (run == null) {
                return Optional.empty();
            }
            synchronized (run) {
                if (live(run)) {
                    return Optional.ofNullable(change.apply(run));
                }
            }
            // Replaced or ended between the lookup and the lock: look again.
        }
    }

    private boolean live(Run run) {
        return !run.ended && runs.get(run.chatId) == run;
    }

    private Progress advance(Run run) {
        if (run.step == run.routine.steps().size() - 1) {
            Progress finished = snapshot(run, Status.FINISHED);
            end(run);
            return finished;
        }
        run.step++;
        run.paused = false;
        if (run.timed) {
            armTimer(run, run.routine.steps().get(run.step).duration());
        } else {
            armIdle(run);
        }
        return snapshot(run, Status.STEP);
    }

    private void armTimer(Run run, Duration delay) {
        long version = run.disarm();
        run.due = clock.instant().plus(delay);
        run.task = scheduler.schedule(delay, () -> onTimer(run, version));
    }

    private void armIdle(Run run) {
        long version = run.disarm();
        run.task = scheduler.schedule(idleLimit, () -> onIdle(run, version));
    }

    private void onTimer(Run run, long version) {
        synchronized (run) {
            if (!live(run) || run.version != version) {
                return; // a press or another change got there first
            }
            Progress progress = advance(run);
            try {
                // Sent under the lock, so a press that comes after cannot overtake this step.
                outbox.send(Outgoing.answer(run.chatId, view.render(progress)));
            } catch (RuntimeException e) {
                log.warn("could not send a timed routine step to chat {}", run.chatId, e);
            }
        }
    }

    private void onIdle(Run run, long version) {
        synchronized (run) {
            if (live(run) && run.version == version) {
                end(run);
            }
        }
    }

    private void end(Run run) {
        run.disarm();
        run.ended = true;
        runs.remove(run.chatId, run);
    }

    private Duration untilDue(Run run) {
        if (run.due == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), run.due);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Progress snapshot(Run run, Status status) {
        Duration untilNext = !run.timed ? Duration.ZERO : run.paused ? run.remaining : untilDue(run);
        return new Progress(run.chatId, run.routine, run.step, status, run.timed, untilNext);
    }

    /** One chat's routine; every field is guarded by the run's own monitor. */
    private static final class Run {
        final long chatId;
        final Routine routine;
        int step;
        boolean timed;
        boolean paused;
        boolean ended;
        Duration remaining = Duration.ZERO;
        Instant due;
        Scheduler.Cancellable task;
        long version;

        Run(long chatId, Routine routine, int step) {
            this.chatId = chatId;
            this.routine = routine;
            this.step = step;
        }

        /** Cancels the pending task and makes any task armed before stale; returns the new version. */
        long disarm() {
            if (task != null) {
                task.cancel();
                task = null;
            }
            due = null;
            return ++version;
        }
    }
}
