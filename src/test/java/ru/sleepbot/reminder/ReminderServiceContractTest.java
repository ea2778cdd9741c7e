package ru.sleepbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.store.Database;
import ru.sleepbot.store.JdbcTarget;
import ru.sleepbot.store.ReminderStore;
import ru.sleepbot.store.TestDatabases;
import ru.sleepbot.time.ManualScheduler;
import ru.sleepbot.time.MutableClock;

/** The reminder service on a real database; run on SQLite and on PostgreSQL by the two subclasses. */
abstract class ReminderServiceContractTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final ReminderService.Config EVERY_MINUTE = new ReminderService.Config(Duration.ofMinutes(1),
            Duration.ofSeconds(1), Duration.ofHours(2), 60);

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-27T12:00:00Z"));
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final ReminderSchedule schedule = new ReminderSchedule();
    final PromptComposer composer = new PromptComposer(TestContent.withRoutines(), new SplittableRandom(7));
    final List<Database> opened = new ArrayList<>();
    JdbcTarget target;
    ReminderStore users;

    abstract JdbcTarget target();

    /** An outbox that keeps what it got, with a backlog the test drains by hand (the queue sending). */
    static final class Collecting {
        final List<Outgoing> queued = Collections.synchronizedList(new ArrayList<>());
        final List<Outgoing> sent = Collections.synchronizedList(new ArrayList<>());
        final List<Instant> sentAt = Collections.synchronizedList(new ArrayList<>());

        void send(Outgoing o) {
            queued.add(o);
        }

        int backlog() {
            return queued.size();
        }

        void deliver(int max, Instant now) {
            synchronized (queued) {
                while (max-- > 0 && !queued.isEmpty()) {
                    sent.add(queued.remove(0));
                    sentAt.add(now);
                }
            }
        }

        List<Long> sentChats() {
            return sent.stream().map(Outgoing::chatId).toList();
        }
    }

    @BeforeEach
    void open() {
        target = target();
        Database db = TestDatabases.openClean(target);
        opened.add(db);
        users = db.users(MOSCOW, clock, schedule);
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    ReminderService service(ReminderStore store, Collecting out, ReminderService.Config config) {
        return new ReminderService(store, schedule, composer, out::send, out::backlog, scheduler, clock, config);
    }

    /** Moves time forward by polls, the queue sending everything between two polls. */
    void runFor(Duration total, Collecting out) {
        Instant end = clock.instant().plus(total);
        while (clock.instant().isBefore(end)) {
            scheduler.advance(Duration.ofSeconds(10));
            out.deliver(Integer.MAX_VALUE, clock.instant());
        }
    }

    @Test
    void promptsEachUserAtTheirLocalTimeOnceADayThroughADaylightSavingChange() {
        users.update(1, s -> s.withReminder(LocalTime.of(22, 0), true));
        users.update(2, s -> s.withZone(ZoneId.of("Europe/Berlin")).withReminder(LocalTime.of(22, 0), true));
        users.update(3, s -> s.withZone(ZoneId.of("Asia/Kathmandu")).withReminder(LocalTime.of(21, 30), true));
        users.update(4, s -> s.withZone(ZoneOffset.ofHours(5)).withReminder(LocalTime.of(23, 0), true));
        Collecting out = new Collecting();
        service(users, out, EVERY_MINUTE).start();
        runFor(Duration.ofHours(60), out); // 27 March noon UTC to 30 March midnight: Berlin moves clocks on the 29th

        List<Instant> berlin = new ArrayList<>();
        for (int i = 0; i < out.sent.size(); i++) {
            if (out.sent.get(i).chatId() == 2) {
                berlin.add(out.sentAt.get(i));
            }
        }
        // 22:00 in Berlin is 21:00 UTC before the change and 20:00 UTC after it; polls fall on the minute.
        assertThat(berlin).containsExactly(Instant.parse("2026-03-27T21:00:00Z"), Instant.parse("2026-03-28T21:00:00Z"),
                Instant.parse("2026-03-29T20:00:00Z"));
        assertThat(out.sentChats().stream().filter(id -> id == 1)).hasSize(3);
        assertThat(out.sentChats().stream().filter(id -> id == 3)).hasSize(3); // 21:30 in Kathmandu is 15:45 UTC
        assertThat(out.sentChats().stream().filter(id -> id == 4)).hasSize(3);
        assertThat(out.sent).hasSize(12);
        assertThat(out.sent.get(0).priority()).isEqualTo(Outgoing.Priority.BULK);
    }

    @Test
    void skipsAPromptMoreThanTwoHoursLateButSendsOneLessLate() {
        users.update(1, s -> s.withReminder(LocalTime.of(19, 0), true)); // due 16:00 UTC
        users.update(2, s -> s.withReminder(LocalTime.of(17, 0), true)); // due 14:00 UTC
        clock.set(Instant.parse("2026-03-27T16:30:00Z")); // the bot was down until now
        Collecting out = new Collecting();
        service(users, out, EVERY_MINUTE).start();
        runFor(Duration.ofMinutes(5), out);
        assertThat(out.sentChats()).containsExactly(1L);
        assertThat(users.find(2).orElseThrow().lastPromptDate()).isEqualTo(java.time.LocalDate.of(2026, 3, 27));
        runFor(Duration.ofHours(24), out);
        assertThat(out.sentChats()).containsExactly(1L, 2L, 1L);
    }

    @Test
    void aSnoozedPromptComesBackOnceFifteenMinutesLater() {
        users.update(1, s -> s.withReminder(LocalTime.of(22, 0), true));
        clock.set(Instant.parse("2026-03-27T18:59:30Z"));
        Collecting out = new Collecting();
        service(users, out, EVERY_MINUTE).start();
        runFor(Duration.ofMinutes(1), out);
        assertThat(out.sent).hasSize(1);
        Instant until = clock.instant().plus(Duration.ofMinutes(15));
        users.update(1, s -> s.withSnoozedUntil(until));
        runFor(Duration.ofMinutes(30), out);
        assertThat(out.sent).hasSize(2);
        assertThat(TestContent.withRoutines().messages().variants("reminder.prompt_again"))
                .contains(out.sent.get(1).reply().text());
        assertThat(Duration.between(until, out.sentAt.get(1))).isLessThan(Duration.ofMinutes(1));
        assertThat(users.find(1).orElseThrow().snoozedUntil()).isNull();
    }

    @Test
    void aRestartInTheMiddleOfABatchLosesNoPromptAndSendsNoneTwice() {
        for (long id = 1; id <= 400; id++) {
            users.update(id, s -> s.withReminder(LocalTime.of(22, 0), true));
        }
        clock.set(Instant.parse("2026-03-27T19:00:00Z"));
        Collecting out = new Collecting();
        ReminderService first = service(users, out, EVERY_MINUTE);
        first.start();
        for (int second = 0; second < 4; second++) { // four seconds of sending at 30/s, then a deploy
            scheduler.advance(Duration.ofSeconds(1));
            out.deliver(30, clock.instant());
        }
        first.close();
        out.deliver(Integer.MAX_VALUE, clock.instant()); // the queue drains what was claimed
        int beforeRestart = out.sent.size();
        assertThat(beforeRestart).isBetween(100, 200);

        Database reopened = Database.open(target);
        opened.add(reopened);
        clock.advance(Duration.ofSeconds(30)); // the new dyno comes up
        ReminderService second = service(reopened.users(MOSCOW, clock, schedule), out, EVERY_MINUTE);
        second.start();
        for (int s = 0; s < 60; s++) {
            scheduler.advance(Duration.ofSeconds(1));
            out.deliver(30, clock.instant());
        }
        assertThat(out.sentChats()).hasSize(400).doesNotHaveDuplicates();
    }

    @Test
    void twoInstancesOnOneDatabaseNeverSendAPromptTwice() throws Exception {
        for (long id = 1; id <= 300; id++) {
            users.update(id, s -> s.withReminder(LocalTime.of(22, 0), true));
        }
        clock.set(Instant.parse("2026-03-27T19:00:05Z"));
        Database other = Database.open(target);
        opened.add(other);
        Collecting outA = new Collecting();
        Collecting outB = new Collecting();
        java.util.concurrent.CyclicBarrier line = new java.util.concurrent.CyclicBarrier(2);
        List<List<?>> firstDue = Collections.synchronizedList(new ArrayList<>());
        ReminderService a = service(fromOneStartLine(ReminderStore.class, users, line, firstDue), outA, EVERY_MINUTE);
        ReminderService b = service(fromOneStartLine(ReminderStore.class, other.users(MOSCOW, clock, schedule), line,
                firstDue), outB, EVERY_MINUTE);
        race(a, outA, b, outB);
        List<Long> all = new ArrayList<>(outA.sentChats());
        all.addAll(outB.sentChats());
        assertThat(firstDue).as("both raced for the same rows").hasSize(2);
        assertThat(firstDue.get(0)).isNotEmpty().isEqualTo(firstDue.get(1));
        // Which instance won how many rows is up to the scheduler, so it is not asserted.
        assertThat(all).hasSize(300).doesNotHaveDuplicates();
    }

    /**
     * {@code store} whose first {@code due} waits at {@code line} until the other instance has read
     * its due rows too, and adds what it read to {@code firstDue}: both instances then claim the
     * same rows against each other, whatever the scheduler does (without it, on a busy machine,
     * one could claim everything before the other had even looked).
     */
    @SuppressWarnings("unchecked")
    static <T> T fromOneStartLine(Class<T> type, T store, java.util.concurrent.CyclicBarrier line,
                                  List<List<?>> firstDue) {
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        return (T) java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("due") && first.getAndSet(false)) {
                        firstDue.add((List<?>) result);
                        line.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    }
                    return result;
                });
    }

    /** Two instances polling at once, each until nothing is due. */
    static void race(ReminderService a, Collecting outA, ReminderService b, Collecting outB) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Future<?> fa = pool.submit(() -> pollUntilDone(a, outA, go));
            Future<?> fb = pool.submit(() -> pollUntilDone(b, outB, go));
            go.countDown();
            fa.get();
            fb.get();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Polls until nothing is due, the queue sending everything between two polls (one instance of a race). */
    private static Void pollUntilDone(ReminderService service, Collecting out, CountDownLatch go) throws Exception {
        go.await();
        while (true) {
            ReminderService.Poll poll = service.poll();
            out.deliver(Integer.MAX_VALUE, Instant.EPOCH);
            if (!poll.moreDue() && poll.sent() == 0 && poll.lostRace() == 0) {
                return null;
            }
        }
    }
}
