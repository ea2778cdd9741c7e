package ru.sleepbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sleepbot.time.MutableClock;

/** What every database must do for the store; run on H2 and on PostgreSQL by the two subclasses. */
abstract class StoreContractTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** A due time that is just "an hour after the settings were saved", enough for claim tests. */
    static final DueTime IN_AN_HOUR = (s, now) -> s.remindersOn() && s.remindAt() != null
            ? (s.snoozedUntil() != null ? s.snoozedUntil() : now.plusSeconds(3600)) : null;

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T15:00:00Z"));
    Database db;
    ReminderStore users;

    abstract JdbcTarget target();

    @BeforeEach
    void open() {
        db = TestDatabases.openClean(target());
        users = db.users(MOSCOW, clock, IN_AN_HOUR);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void keepsEverySettingThroughARoundTrip() {
        Instant snooze = Instant.parse("2026-03-10T18:15:00.123Z");
        UserSettings saved = users.update(42, s -> s.withZone(ZoneId.of("Asia/Kathmandu"))
                .withReminder(LocalTime.of(22, 15), true).withSnoozedUntil(snooze).withFavouriteRoutine("body_scan")
                .withLastFeeling(4).withStoreTextConsent(true).withLastPromptDate(LocalDate.of(2026, 3, 9)));
        assertThat(users.find(42)).contains(saved);
        UserSettings offset = users.update(43, s -> s.withZone(ZoneOffset.ofHours(5)));
        assertThat(users.find(43)).contains(offset);
        assertThat(offset.remindAt()).isNull();
        assertThat(offset.lastFeeling()).isNull();
    }

    @Test
    void startsANewUserFromDefaultsAndForgetsThemCompletely() {
        assertThat(users.find(7)).isEmpty();
        assertThat(users.update(7, s -> s)).isEqualTo(UserSettings.defaults(7, MOSCOW));
        assertThat(users.forget(7)).isTrue();
        assertThat(users.find(7)).isEmpty();
        assertThat(users.forget(7)).isFalse();
    }

    @Test
    void appliesConcurrentChangesOneAfterAnother() throws Exception {
        users.update(1, s -> s.withLastFeeling(0));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<UserSettings>> results = new ArrayList<>();
            CountDownLatch go = new CountDownLatch(1);
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return users.update(1, s -> s.withLastFeeling(s.lastFeeling() + 1));
                }));
            }
            go.countDown();
            for (Future<UserSettings> f : results) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(users.find(1).orElseThrow().lastFeeling()).isEqualTo(40);
    }

    @Test
    void firstChangesOfOneNewUserAtOnceLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Future<?> a = pool.submit(call(go, () -> users.update(5, s -> s.withReminder(LocalTime.of(22, 0), true))));
            Future<?> b = pool.submit(call(go, () -> users.update(5, s -> s.withFavouriteRoutine("breathing"))));
            go.countDown();
            a.get();
            b.get();
        } finally {
            pool.shutdownNow();
        }
        UserSettings s = users.find(5).orElseThrow();
        assertThat(s.remindAt()).isEqualTo(LocalTime.of(22, 0));
        assertThat(s.favouriteRoutine()).isEqualTo("breathing");
    }

    @Test
    void listsDueRemindersOnlyWhenOnAndDue() {
        users.update(1, s -> s.withReminder(LocalTime.of(21, 0), true));
        users.update(2, s -> s.withReminder(LocalTime.of(21, 0), false));
        users.update(3, s -> s.withFavouriteRoutine("x"));
        assertThat(users.due(clock.instant(), 10)).isEmpty();
        List<DueReminder> due = users.due(clock.instant().plusSeconds(3600), 10);
        assertThat(due).extracting(d -> d.settings().chatId()).containsExactly(1L);
        assertThat(due.get(0).dueAt()).isEqualTo(clock.instant().plusSeconds(3600));
    }

    @Test
    void anUnrelatedChangeDoesNotMoveTheDueTime() {
        users.update(1, s -> s.withReminder(LocalTime.of(21, 0), true));
        clock.advance(java.time.Duration.ofMinutes(30));
        users.update(1, s -> s.withLastFeeling(5));
        assertThat(users.due(Instant.parse("2026-03-10T16:00:00Z"), 10)).hasSize(1);
    }

    @Test
    void claimsAnEveningPromptOnlyOncePerLocalDay() {
        users.update(1, s -> s.withReminder(LocalTime.of(21, 0), true));
        DueReminder due = users.due(clock.instant().plusSeconds(3600), 1).get(0);
        LocalDate day = LocalDate.of(2026, 3, 10);
        Instant tomorrow = due.dueAt().plusSeconds(86_400);
        assertThat(users.claimEvening(1, due.dueAt(), day, tomorrow)).isTrue();
        assertThat(users.claimEvening(1, due.dueAt(), day, tomorrow)).isFalse();
        assertThat(users.claimEvening(1, tomorrow, day, tomorrow)).isFalse();
        assertThat(users.find(1).orElseThrow().lastPromptDate()).isEqualTo(day);
        assertThat(users.due(tomorrow.minusSeconds(1), 10)).isEmpty();
        assertThat(users.claimEvening(1, tomorrow, day.plusDays(1), tomorrow.plusSeconds(86_400))).isTrue();
    }

    @Test
    void aClaimFailsWhenTheUserChangedTheTimeMeanwhile() {
        users.update(1, s -> s.withReminder(LocalTime.of(21, 0), true));
        DueReminder due = users.due(clock.instant().plusSeconds(3600), 1).get(0);
        clock.advance(java.time.Duration.ofMinutes(5));
        users.update(1, s -> s.withReminder(LocalTime.of(23, 0), true));
        assertThat(users.claimEvening(1, due.dueAt(), LocalDate.of(2026, 3, 10), null)).isFalse();
    }

    @Test
    void claimsASnoozeOnce() {
        Instant until = Instant.parse("2026-03-10T15:15:00Z");
        users.update(1, s -> s.withReminder(LocalTime.of(21, 0), true).withSnoozedUntil(until));
        DueReminder due = users.due(until, 10).get(0);
        assertThat(due.snoozed()).isTrue();
        assertThat(users.claimSnooze(1, until, until.plusSeconds(3600))).isTrue();
        assertThat(users.claimSnooze(1, until, until.plusSeconds(3600))).isFalse();
        assertThat(users.find(1).orElseThrow().snoozedUntil()).isNull();
    }

    @Test
    void twoPoolsOnOneDatabaseClaimEachPromptOnce() throws Exception {
        for (long id = 1; id <= 200; id++) {
            users.update(id, s -> s.withReminder(LocalTime.of(21, 0), true));
        }
        try (Database second = Database.open(target())) {
            ReminderStore other = second.users(MOSCOW, clock, IN_AN_HOUR);
            Instant at = clock.instant().plusSeconds(3600);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch go = new CountDownLatch(1);
                Future<Integer> a = pool.submit(claimAll(users, at, go));
                Future<Integer> b = pool.submit(claimAll(other, at, go));
                go.countDown();
                assertThat(a.get() + b.get()).isEqualTo(200);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void countsMissesByHashAndKeepsTextOnlyWhenGiven() {
        MissLog misses = db.misses(clock);
        misses.record("h1", null);
        misses.record("h1", null);
        misses.record("h2", null);
        misses.record("h1", "когда луна полная");
        assertThat(misses.top(10)).containsExactly(new MissCount("h1", "когда луна полная", 3),
                new MissCount("h2", null, 1));
        assertThat(misses.top(1)).hasSize(1);
    }

    private static Callable<Integer> claimAll(ReminderStore store, Instant at, CountDownLatch go) {
        return () -> {
            go.await();
            int won = 0;
            for (DueReminder d : store.due(at, 1000)) {
                if (store.claimEvening(d.settings().chatId(), d.dueAt(), LocalDate.of(2026, 3, 10), null)) {
                    won++;
                }
            }
            return won;
        };
    }

    private static Callable<Object> call(CountDownLatch go, Callable<?> work) {
        return () -> {
            go.await();
            return work.call();
        };
    }
}
