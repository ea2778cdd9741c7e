package ru.sleepbot.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sleepbot.routine.RoutineFixtures.VIEW;
import static ru.sleepbot.routine.RoutineFixtures.threeSteps;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import ru.sleepbot.routine.Progress.Status;
import ru.sleepbot.routine.RoutineFixtures.RecordingOutbox;
import ru.sleepbot.time.ManualScheduler;
import ru.sleepbot.time.MutableClock;

class RoutinePlayerTest {

    private static final long CHAT = 42;
    private static final Duration IDLE = Duration.ofMinutes(30);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T19:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final RoutinePlayer player = new RoutinePlayer(scheduler, clock, outbox, VIEW, IDLE);

    @Test
    void movesThroughEveryStepByNextAndFinishesAfterTheLast() {
        Progress first = player.start(CHAT, threeSteps("a"));
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(Status.STEP);

        assertThat(player.next(CHAT, "a", 0)).get().extracting(Progress::number).isEqualTo(2);
        Progress third = player.next(CHAT, "a", 1).orElseThrow();
        assertThat(third.last()).isTrue();
        Progress done = player.next(CHAT, "a", 2).orElseThrow();

        assertThat(done.status()).isEqualTo(Status.FINISHED);
        assertThat(player.current(CHAT)).isEmpty();
        assertThat(player.active()).isZero();
        assertThat(outbox.size()).as("manual steps are replies, not sent by the bot itself").isZero();
    }

    @Test
    void timedModeSendsEachStepAfterItsDurationAndThenTheEnd() {
        player.start(CHAT, threeSteps("a"));
        Progress timed = player.timed(CHAT, "a").orElseThrow();
        assertThat(timed.untilNext()).isEqualTo(Duration.ofSeconds(30));

        scheduler.advance(Duration.ofSeconds(29));
        assertThat(outbox.texts()).isEmpty();
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(outbox.texts()).containsExactly("a:2:STEP");
        scheduler.advance(Duration.ofSeconds(60));
        scheduler.advance(Duration.ofSeconds(90));

        assertThat(outbox.texts()).containsExactly("a:2:STEP", "a:3:STEP", "a:3:FINISHED");
        assertThat(player.active()).isZero();
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void pauseHoldsTheTimerAndResumeRunsOnlyTheTimeLeft() {
        player.start(CHAT, threeSteps("a"));
        player.timed(CHAT, "a");
        scheduler.advance(Duration.ofSeconds(20));

        Progress paused = player.pause(CHAT).orElseThrow();
        assertThat(paused.status()).isEqualTo(Status.PAUSED);
        assertThat(paused.untilNext()).isEqualTo(Duration.ofSeconds(10));
        scheduler.advance(Duration.ofMinutes(10));
        assertThat(outbox.texts()).as("nothing moves while paused").isEmpty();

        Progress resumed = player.resume(CHAT).orElseThrow();
        assertThat(resumed.untilNext()).isEqualTo(Duration.ofSeconds(10));
        scheduler.advance(Duration.ofSeconds(10));
        assertThat(outbox.texts()).containsExactly("a:2:STEP");
    }

    @Test
    void stopCancelsTheTimer() {
        player.start(CHAT, threeSteps("a"));
        player.timed(CHAT, "a");

        Progress stopped = player.stop(CHAT).orElseThrow();
        scheduler.advance(Duration.ofHours(1));

        assertThat(stopped.status()).isEqualTo(Status.STOPPED);
        assertThat(outbox.texts()).isEmpty();
        assertThat(scheduler.pending()).isZero();
        assertThat(player.current(CHAT)).isEmpty();
    }

    @Test
    void startingAnotherRoutineSilencesTheFirstOnesTimer() {
        player.start(CHAT, threeSteps("a"));
        player.timed(CHAT, "a");

        player.start(CHAT, threeSteps("b"));
        scheduler.advance(Duration.ofSeconds(30));

        assertThat(outbox.texts()).isEmpty();
        assertThat(player.current(CHAT)).get().extracting(p -> p.routine().id()).isEqualTo("b");
        assertThat(player.next(CHAT, "a", 0)).as("a press from the first routine's message").isEmpty();
    }

    @Test
    void startsAtTheStepAskedFor() {
        Progress progress = player.start(CHAT, threeSteps("a"), 2);

        assertThat(progress.number()).isEqualTo(3);
        assertThat(progress.last()).isTrue();
    }

    @Test
    void aPressFromAnOlderStepDoesNotMoveOn() {
        player.start(CHAT, threeSteps("a"));
        player.next(CHAT, "a", 0);

        assertThat(player.next(CHAT, "a", 0)).isEmpty();
        assertThat(player.current(CHAT)).get().extracting(Progress::number).isEqualTo(2);
    }

    @Test
    void aTimerThatFiresAfterThePressMovedOnDoesNothing() {
        CapturingScheduler late = new CapturingScheduler();
        RoutinePlayer racing = new RoutinePlayer(late, clock, outbox, VIEW, IDLE);
        racing.start(CHAT, threeSteps("a"));
        racing.timed(CHAT, "a");
        Runnable timerForFirstStep = late.latest();

        racing.next(CHAT, "a", 0);
        timerForFirstStep.run(); // its cancel came too late

        assertThat(racing.current(CHAT)).get().extracting(Progress::number).isEqualTo(2);
        assertThat(outbox.texts()).isEmpty();
    }

    @Test
    void anAbandonedRoutineIsDroppedAfterTheIdleLimit() {
        player.start(CHAT, threeSteps("a"));
        player.pause(CHAT);

        scheduler.advance(IDLE.minusSeconds(1));
        assertThat(player.current(CHAT)).isPresent();
        scheduler.advance(Duration.ofSeconds(1));

        assertThat(player.current(CHAT)).isEmpty();
        assertThat(outbox.texts()).isEmpty();
    }

    @Test
    void eachChatKeepsItsOwnRoutine() {
        player.start(1, threeSteps("a"));
        player.start(2, threeSteps("b"));
        player.next(1, "a", 0);

        assertThat(player.current(1)).get().extracting(Progress::number).isEqualTo(2);
        assertThat(player.current(2)).get().extracting(Progress::number).isEqualTo(1);
    }

    @Test
    void aFailedTimedSendDoesNotStopTheRoutine() {
        RoutinePlayer failing = new RoutinePlayer(scheduler, clock, message -> {
            throw new IllegalStateException("network down");
        }, VIEW, IDLE);
        failing.start(CHAT, threeSteps("a"));
        failing.timed(CHAT, "a");

        scheduler.advance(Duration.ofSeconds(30));

        assertThat(failing.current(CHAT)).get().extracting(Progress::number).isEqualTo(2);
        assertThat(scheduler.pending()).as("the next step is still scheduled").isEqualTo(1);
    }
}
