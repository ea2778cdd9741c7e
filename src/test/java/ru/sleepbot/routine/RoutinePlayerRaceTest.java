package ru.sleepbot.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sleepbot.routine.RoutineFixtures.VIEW;
import static ru.sleepbot.routine.RoutineFixtures.threeSteps;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.sleepbot.routine.RoutineFixtures.RecordingOutbox;
import ru.sleepbot.time.MutableClock;

/** The timer thread and a user's press for the same step, released at the same moment. */
class RoutinePlayerRaceTest {

    private static final int ROUNDS = 2_000;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void shutDown() {
        threads.shutdownNow();
    }

    @Test
    void aTimerAndAPressRacingMoveOnExactlyOnce() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-10T19:00:00Z"));
        for (int round = 0; round < ROUNDS; round++) {
            CapturingScheduler scheduler = new CapturingScheduler();
            RecordingOutbox outbox = new RecordingOutbox();
            RoutinePlayer player = new RoutinePlayer(scheduler, clock, outbox, VIEW, Duration.ofMinutes(30));
            player.start(7, threeSteps("a"));
            player.timed(7, "a");
            Runnable timer = scheduler.latest();
            CyclicBarrier together = new CyclicBarrier(2);

            Future<?> fired = threads.submit(() -> {
                together.await();
                timer.run();
                return null;
            });
            Future<Boolean> pressed = threads.submit(() -> {
                together.await();
                return player.next(7, "a", 0).isPresent();
            });
            fired.get(10, TimeUnit.SECONDS);
            boolean pressMovedOn = pressed.get(10, TimeUnit.SECONDS);

            int moves = outbox.size() + (pressMovedOn ? 1 : 0);
            assertThat(moves).as("round %d: one of them moves on, never both", round).isEqualTo(1);
            assertThat(player.current(7)).get().extracting(Progress::number).isEqualTo(2);
        }
    }
}
