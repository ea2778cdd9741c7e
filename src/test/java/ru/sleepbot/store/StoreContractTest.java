package ru.sleepbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** What every database must do for the store; run on SQLite and on PostgreSQL by the two subclasses. */
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
    void createsNoRowForAChangeThatChangesNothing() {
        assertThat(users.find(7)).isEmpty();
        assertThat(users.update(7, s -> s)).isEqualTo(UserSettings.defaults(7, MOSCOW));
        assertThat(users.update(7, s -> s.withReminder(s.remindAt(), false).withSnoozedUntil(null))).isNotNull();
        assertThat(users.find(7)).as("a 403, /timezone or an old button must not bring a forgotten user back").isEmpty();
        assertThat(db.rowsAbout(7)).isZero();
    }

    @Test
    void forgetsEveryRowAboutAPersonInEveryTable() {
        MissLog misses = db.misses(clock);
        OutboxStore outbox = db.outbox(clock);
        for (long id : new long[] {7, 8}) {
            users.update(id, s -> s.withStoreTextConsent(true).withReminder(LocalTime.of(22, 0), true));
            misses.record("h", id, "текст " + id);
            outbox.add(ru.sleepbot.chat.Outgoing.answer(id, ru.sleepbot.chat.Reply.text("ответ")), clock.instant());
        }
        assertThat(db.rowsAbout(7)).isEqualTo(3);

        assertThat(users.forget(7)).isTrue();

        assertThat(db.rowsAbout(7)).isZero();
        assertThat(users.find(7)).isEmpty();
        assertThat(db.rowsAbout(8)).isEqualTo(3);
        assertThat(misses.top(1)).containsExactly(new MissCount("h", "текст 8", 2));
        assertThat(users.forget(7)).isFalse();
    }

    @Test
    void keepsOutboxMessagesWithTheirButtonsAndFilesInOrder() {
        OutboxStore outbox = db.outbox(clock);
        ru.sleepbot.chat.Reply withButton = ru.sleepbot.chat.Reply.text("<b>привет</b>").withRow(List.of(
                new ru.sleepbot.chat.Button("Меню", new ru.sleepbot.chat.ButtonData.MainMenu())));
        ru.sleepbot.chat.Reply withFile = ru.sleepbot.chat.Reply.file(new ru.sleepbot.chat.Attachment(
                ru.sleepbot.chat.Attachment.Kind.PHOTO, "chart.png", "image/png", new byte[] {1, 2, 3}), "график");
        Instant deadline = clock.instant().plusSeconds(600);
        StoredMessage first = outbox.add(ru.sleepbot.chat.Outgoing.answer(5, withButton), deadline);
        StoredMessage second = outbox.add(new ru.sleepbot.chat.Outgoing(5, withFile,
                ru.sleepbot.chat.Outgoing.Priority.BULK), deadline);
        assertThat(second.id()).isGreaterThan(first.id());

        List<StoredMessage> pending = db.outbox(clock).pending();
        assertThat(pending).extracting(m -> m.message().reply()).containsExactly(withButton, withFile);
        assertThat(pending).extracting(StoredMessage::deadline).containsOnly(deadline);
        outbox.remove(List.of(first.id()));
        assertThat(outbox.pending()).extracting(StoredMessage::id).containsExactly(second.id());
    }

    @Test
    void aMessageSettledBeforeACrashIsNotPendingForTheNextRunThoughItsBatchDeleteNeverRan() {
        OutboxStore outbox = db.outbox(clock);
        StoredMessage accepted = outbox.add(ru.sleepbot.chat.Outgoing.answer(5, ru.sleepbot.chat.Reply.text("принято")),
                clock.instant());
        StoredMessage waiting = outbox.add(ru.sleepbot.chat.Outgoing.answer(5, ru.sleepbot.chat.Reply.text("ещё нет")),
                clock.instant());
        outbox.settled(accepted.id());
        // kill -9 here: remove() never ran. The next run opens the same database.
        try (Database next = Database.open(target())) {
            assertThat(next.outbox(clock).pending()).extracting(StoredMessage::id).containsExactly(waiting.id());
        }
    }

    @Test
    void warmingUpAtStartWritesNothing() throws Exception {
        db.warmUp();

        assertThat(db.outbox(clock).pending()).isEmpty();
        assertThat(db.handledUpdates(clock).markHandled(-1)).as("the rehearsed update was rolled back").isTrue();
        assertThat(db.outbox(clock).add(ru.sleepbot.chat.Outgoing.answer(5, ru.sleepbot.chat.Reply.text("первый")),
                clock.instant()).id()).isEqualTo(1);
    }

    @Test
    void aRowWhoseDeleteAtOnceFailedIsDeletedByTheSettlersBatch() {
        Jdbc units = (Jdbc) db.transactions();
        OutboxStore outbox = new JdbcOutboxStore(units, clock, java.util.Optional.empty(),
                java.util.Optional.of(new Jdbc(TestDatabases.unreachable(), true)));
        StoredMessage sent = outbox.add(ru.sleepbot.chat.Outgoing.answer(5, ru.sleepbot.chat.Reply.text("принято")),
                clock.instant());

        assertThatThrownBy(() -> outbox.settled(sent.id())).isInstanceOf(StoreException.class);
        assertThat(outbox.pending()).extracting(StoredMessage::id).containsExactly(sent.id());
        outbox.remove(List.of(sent.id()));

        assertThat(outbox.pending()).isEmpty();
    }

    @Test
    void aUnitCommitsStateAndRepliesTogetherOrNothing() {
        OutboxStore outbox = db.outbox(clock);
        HandledUpdates handled = db.handledUpdates(clock);
        Transactions units = db.transactions();
        List<String> afterCommit = new ArrayList<>();
        try {
            units.inUnit(() -> {
                assertThat(handled.markHandled(100)).isTrue();
                users.update(9, s -> s.withFavouriteRoutine("breathing"));
                outbox.add(ru.sleepbot.chat.Outgoing.answer(9, ru.sleepbot.chat.Reply.text("ok")), clock.instant());
                units.afterCommit(() -> afterCommit.add("sent"));
                throw new IllegalStateException("crash in the middle");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(users.find(9)).isEmpty();
        assertThat(outbox.pending()).isEmpty();
        assertThat(afterCommit).isEmpty();

        units.inUnit(() -> {
            assertThat(handled.markHandled(100)).isTrue();
            users.update(9, s -> s.withFavouriteRoutine("breathing"));
            outbox.add(ru.sleepbot.chat.Outgoing.answer(9, ru.sleepbot.chat.Reply.text("ok")), clock.instant());
            units.afterCommit(() -> afterCommit.add("sent"));
            return null;
        });
        assertThat(users.find(9)).isPresent();
        assertThat(outbox.pending()).hasSize(1);
        assertThat(afterCommit).containsExactly("sent");
        assertThat(units.inUnit(() -> handled.markHandled(100))).as("a redelivered update is not handled twice").isFalse();
        handled.forgetBelow(101);
        assertThat(units.inUnit(() -> handled.markHandled(100))).isTrue();
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
        misses.record("h1", 1, null);
        misses.record("h1", 2, null);
        misses.record("h2", 1, null);
        misses.record("h1", 3, "когда луна полная");
        assertThat(misses.top(10)).containsExactly(new MissCount("h1", "когда луна полная", 3),
                new MissCount("h2", null, 1));
        assertThat(misses.top(1)).hasSize(1);
        assertThat(misses.textsOf(3)).containsExactly("когда луна полная");
        assertThat(misses.textsOf(1)).isEmpty();
    }

    @Test
    void aSecondInstanceWaitsAsAStandbyUntilTheFirstLetsGo() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (ActiveInstanceLock first = ActiveInstanceLock.await(target(), java.time.Duration.ofMillis(50), () -> { })) {
            Future<ActiveInstanceLock> second = pool.submit(() -> ActiveInstanceLock.await(target(),
                    java.time.Duration.ofMillis(50), () -> { }));
            Thread.sleep(500);
            assertThat(second.isDone()).as("standby while the first is active").isFalse();
            first.close();
            second.get(10, java.util.concurrent.TimeUnit.SECONDS).close();
        } finally {
            pool.shutdownNow();
        }
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
