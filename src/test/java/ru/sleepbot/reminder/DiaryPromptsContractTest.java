package ru.sleepbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Attachment;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.assembly.Dialogs;
import ru.sleepbot.reminder.ReminderServiceContractTest.Collecting;
import ru.sleepbot.store.Database;
import ru.sleepbot.store.JdbcTarget;
import ru.sleepbot.store.OutboxStore;
import ru.sleepbot.store.StoreException;
import ru.sleepbot.store.StoredMessage;
import ru.sleepbot.store.TestDatabases;
import ru.sleepbot.store.Transactions;
import ru.sleepbot.store.diary.DiarySettings;
import ru.sleepbot.store.diary.DiaryStore;
import ru.sleepbot.store.prompt.PromptKind;
import ru.sleepbot.store.prompt.PromptStore;
import ru.sleepbot.time.ManualScheduler;
import ru.sleepbot.time.MutableClock;

/**
 * The diary's morning and weekly prompts on a real database: each at most once per kind and local
 * day (the weekly one once per Sunday), across a daylight-saving change, a restart in the middle
 * of a batch and two instances; the claim and the prompt's row in the durable outbox commit
 * together, the weekly chart's picture with it; run on SQLite and on PostgreSQL by the two subclasses.
 */
abstract class DiaryPromptsContractTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Friday 27 March 2026, noon UTC; Berlin moves its clocks on Sunday the 29th. */
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-27T12:00:00Z"));
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final PromptSchedule schedule = new PromptSchedule();
    final List<Database> opened = new ArrayList<>();
    JdbcTarget target;
    Database db;
    PromptStore prompts;

    abstract JdbcTarget target();

    @BeforeEach
    void open() {
        target = target();
        db = TestDatabases.openClean(target);
        opened.add(db);
        prompts = db.prompts(clock, schedule, MOSCOW);
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    /** A picture that stands for the weekly chart. */
    static final byte[] CHART = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3};

    /** Writes "<kind> <date>" so a test can see which prompt went out for which day; the weekly one with a picture. */
    static Optional<Reply> label(ru.sleepbot.store.prompt.ScheduledPrompt p, LocalDate date) {
        String text = p.kind().key() + " " + date;
        return Optional.of(p.kind() == PromptKind.WEEKLY
                ? Reply.file(new Attachment(Attachment.Kind.PHOTO, "son.png", "image/png", CHART), text)
                : Reply.text(text));
    }

    ReminderService service(PromptStore store, Collecting out) {
        return service(store, out::send, out::backlog, db.transactions());
    }

    ReminderService service(PromptStore store, Outbox outbox, IntSupplier backlog, Transactions transactions) {
        return new ReminderService(List.of(new TablePrompts(store, schedule, DiaryPromptsContractTest::label)),
                outbox, backlog, scheduler, clock, ReminderServiceContractTest.EVERY_MINUTE, transactions);
    }

    void runFor(Duration total, Collecting out) {
        Instant end = clock.instant().plus(total);
        while (clock.instant().isBefore(end)) {
            scheduler.advance(Duration.ofSeconds(10));
            out.deliver(Integer.MAX_VALUE, clock.instant());
        }
    }

    private static List<String> textsOf(Collecting out, long chat) {
        return out.sent.stream().filter(o -> o.chatId() == chat).map(o -> o.reply().text()).toList();
    }

    @Test
    void morningPromptComesOnceEachLocalMorningThroughADaylightSavingChange() {
        prompts.schedule(1, PromptKind.MORNING, BERLIN, LocalTime.of(8, 0), true);
        prompts.schedule(2, PromptKind.MORNING, ZoneId.of("Asia/Kathmandu"), LocalTime.of(7, 30), true);
        Collecting out = new Collecting();
        service(prompts, out).start();
        runFor(Duration.ofHours(90), out); // Friday noon UTC to Tuesday 06:00 UTC

        List<Instant> berlin = new ArrayList<>();
        for (int i = 0; i < out.sent.size(); i++) {
            if (out.sent.get(i).chatId() == 1) {
                berlin.add(out.sentAt.get(i));
            }
        }
        // 08:00 in Berlin is 07:00 UTC before the change and 06:00 UTC after it.
        assertThat(berlin).containsExactly(Instant.parse("2026-03-28T07:00:00Z"), Instant.parse("2026-03-29T06:00:00Z"),
                Instant.parse("2026-03-30T06:00:00Z"), Instant.parse("2026-03-31T06:00:00Z"));
        assertThat(textsOf(out, 1)).containsExactly("morning 2026-03-28", "morning 2026-03-29", "morning 2026-03-30",
                "morning 2026-03-31");
        assertThat(textsOf(out, 2)).doesNotHaveDuplicates().hasSize(4);
        assertThat(out.sent).allSatisfy(o -> assertThat(o.priority()).isEqualTo(Outgoing.Priority.BULK));
    }

    @Test
    void weeklyChartComesOnSundaysOnlyAnHourAfterTheCheckIn() {
        prompts.schedule(1, PromptKind.MORNING, MOSCOW, LocalTime.of(9, 0), true);
        prompts.schedule(1, PromptKind.WEEKLY, MOSCOW, LocalTime.of(9, 0), true);
        Collecting out = new Collecting();
        service(prompts, out).start();
        runFor(Duration.ofDays(15), out);

        List<Instant> weekly = new ArrayList<>();
        for (int i = 0; i < out.sent.size(); i++) {
            if (out.sent.get(i).reply().text().startsWith("weekly")) {
                weekly.add(out.sentAt.get(i));
            }
        }
        assertThat(weekly).containsExactly(Instant.parse("2026-03-29T07:00:00Z"), Instant.parse("2026-04-05T07:00:00Z"));
        assertThat(weekly).allSatisfy(at -> assertThat(ZonedDateTime.ofInstant(at, MOSCOW).getDayOfWeek())
                .isEqualTo(DayOfWeek.SUNDAY));
        assertThat(textsOf(out, 1).stream().filter(t -> t.startsWith("morning"))).hasSize(15).doesNotHaveDuplicates();
    }

    @Test
    void changingTheTimeAfterThisMorningsPromptDoesNotPromptAgainToday() {
        prompts.schedule(1, PromptKind.MORNING, MOSCOW, LocalTime.of(8, 0), true);
        clock.set(Instant.parse("2026-03-28T04:59:30Z")); // 07:59:30 in Moscow
        Collecting out = new Collecting();
        service(prompts, out).start();
        runFor(Duration.ofMinutes(2), out);
        assertThat(out.sent).hasSize(1);
        prompts.schedule(1, PromptKind.MORNING, MOSCOW, LocalTime.of(9, 0), true);
        runFor(Duration.ofHours(3), out);
        assertThat(out.sent).hasSize(1);
        assertThat(prompts.find(1, PromptKind.MORNING).orElseThrow().nextDueAt())
                .isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
    }

    @Test
    void aMorningPromptMoreThanTwoHoursLateIsSkippedForTheDay() {
        prompts.schedule(1, PromptKind.MORNING, MOSCOW, LocalTime.of(7, 0), true); // due 04:00 UTC
        prompts.schedule(2, PromptKind.MORNING, MOSCOW, LocalTime.of(8, 0), true); // due 05:00 UTC
        clock.set(Instant.parse("2026-03-28T06:30:00Z")); // the bot was down until now
        Collecting out = new Collecting();
        service(prompts, out).start();
        runFor(Duration.ofMinutes(5), out);
        assertThat(out.sentChats()).containsExactly(2L);
        assertThat(prompts.find(1, PromptKind.MORNING).orElseThrow().lastPromptDate()).isEqualTo(LocalDate.of(2026, 3, 28));
    }

    @Test
    void aRestartInTheMiddleOfAMorningBatchLosesNoPromptAndSendsNoneTwice() {
        clock.set(Instant.parse("2026-03-29T05:00:00Z")); // Sunday 08:00 in Moscow
        for (long id = 1; id <= 300; id++) {
            prompts.schedule(id, PromptKind.MORNING, MOSCOW, LocalTime.of(9, 0), true);
        }
        for (long id = 301; id <= 400; id++) {
            prompts.schedule(id, PromptKind.WEEKLY, MOSCOW, LocalTime.of(8, 0), true); // Sunday 09:00 too
        }
        clock.set(Instant.parse("2026-03-29T06:00:00Z")); // 09:00: all 400 are due
        Collecting out = new Collecting();
        ReminderService first = service(prompts, out);
        first.start();
        for (int second = 0; second < 4; second++) {
            scheduler.advance(Duration.ofSeconds(1));
            out.deliver(30, clock.instant());
        }
        first.close();
        out.deliver(Integer.MAX_VALUE, clock.instant());
        assertThat(out.sent.size()).isBetween(100, 200);

        Database reopened = Database.open(target);
        opened.add(reopened);
        clock.advance(Duration.ofSeconds(30));
        ReminderService second = service(reopened.prompts(clock, schedule, MOSCOW), out::send, out::backlog,
                reopened.transactions());
        second.start();
        for (int s = 0; s < 60; s++) {
            scheduler.advance(Duration.ofSeconds(1));
            out.deliver(30, clock.instant());
        }
        assertThat(out.sentChats()).hasSize(400).doesNotHaveDuplicates();
    }

    @Test
    void twoInstancesOnOneDatabaseNeverSendAMorningOrWeeklyPromptTwice() throws Exception {
        clock.set(Instant.parse("2026-03-29T05:00:00Z"));
        for (long id = 1; id <= 200; id++) {
            prompts.schedule(id, PromptKind.MORNING, MOSCOW, LocalTime.of(9, 0), true);
            prompts.schedule(id, PromptKind.WEEKLY, MOSCOW, LocalTime.of(8, 0), true);
        }
        clock.set(Instant.parse("2026-03-29T06:00:05Z"));
        Database other = Database.open(target);
        opened.add(other);
        Collecting outA = new Collecting();
        Collecting outB = new Collecting();
        java.util.concurrent.CyclicBarrier line = new java.util.concurrent.CyclicBarrier(2);
        List<List<?>> firstDue = java.util.Collections.synchronizedList(new ArrayList<>());
        ReminderService a = service(ReminderServiceContractTest.fromOneStartLine(PromptStore.class, prompts, line,
                firstDue), outA);
        ReminderService b = service(ReminderServiceContractTest.fromOneStartLine(PromptStore.class,
                other.prompts(clock, schedule, MOSCOW), line, firstDue), outB::send, outB::backlog, other.transactions());
        ReminderServiceContractTest.race(a, outA, b, outB);
        List<String> all = new ArrayList<>();
        outA.sent.forEach(o -> all.add(o.chatId() + " " + o.reply().text()));
        outB.sent.forEach(o -> all.add(o.chatId() + " " + o.reply().text()));
        assertThat(firstDue).as("both raced for the same rows").hasSize(2);
        assertThat(firstDue.get(0)).isNotEmpty().isEqualTo(firstDue.get(1));
        // Which instance won how many rows is up to the scheduler (on a busy machine one may win
        // them all), so it is not asserted: that line made this test fail now and then.
        assertThat(all).hasSize(400).doesNotHaveDuplicates();
    }

    @Test
    void aClaimedWeeklyChartWaitsInTheOutboxWithItsPictureAcrossARestart() {
        clock.set(Instant.parse("2026-03-29T05:00:00Z"));
        prompts.schedule(1, PromptKind.WEEKLY, MOSCOW, LocalTime.of(8, 0), true); // Sunday 09:00 in Moscow
        prompts.schedule(2, PromptKind.MORNING, MOSCOW, LocalTime.of(8, 30), true);
        clock.set(Instant.parse("2026-03-29T06:00:00Z"));
        OutboxStore rows = db.outbox(clock);
        // The outbox's own part of a send: the row joins the claim's unit; the process dies before sending.
        service(prompts, message -> rows.add(message, message.notAfter()), () -> 0, db.transactions()).poll();

        Database reopened = Database.open(target);
        opened.add(reopened);
        List<StoredMessage> left = reopened.outbox(clock).pending();
        assertThat(left).extracting(m -> m.message().chatId()).containsExactlyInAnyOrder(1L, 2L);
        StoredMessage chart = left.stream().filter(m -> m.message().chatId() == 1).findFirst().orElseThrow();
        assertThat(chart.message().reply().file()).hasValueSatisfying(file -> {
            assertThat(file.kind()).isEqualTo(Attachment.Kind.PHOTO);
            assertThat(file.bytes()).isEqualTo(CHART);
        });
        assertThat(chart.message().reply().text()).isEqualTo("weekly 2026-03-29");
        assertThat(chart.message().priority()).isEqualTo(Outgoing.Priority.BULK);
        // Worth sending until the two-hour window after its due time closes, and not claimed again.
        assertThat(chart.deadline()).isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
        Collecting again = new Collecting();
        service(reopened.prompts(clock, schedule, MOSCOW), again::send, again::backlog, reopened.transactions()).start();
        runFor(Duration.ofHours(3), again);
        assertThat(again.sent).isEmpty();
    }

    @Test
    void aPromptWhoseOutboxRowIsNotWrittenStaysDueAndGoesOutOnce() {
        prompts.schedule(1, PromptKind.MORNING, MOSCOW, LocalTime.of(8, 0), true);
        clock.set(Instant.parse("2026-03-28T05:00:00Z"));
        Outbox failing = message -> {
            throw new StoreException("the disk is full", null);
        };
        ReminderService broken = service(prompts, failing, () -> 0, db.transactions());
        assertThatThrownBy(broken::poll).isInstanceOf(StoreException.class);
        assertThat(prompts.find(1, PromptKind.MORNING).orElseThrow().lastPromptDate()).isNull();

        Collecting out = new Collecting();
        service(prompts, out).start();
        runFor(Duration.ofMinutes(30), out);
        assertThat(textsOf(out, 1)).containsExactly("morning 2026-03-28");
    }

    @Test
    void aUserWhoBlockedTheBotGetsNoMoreDiaryPrompts() {
        DiaryStore diary = db.diary(clock);
        diary.saveSettings(new DiarySettings(1, LocalTime.of(8, 0), true, false, LocalDate.of(2026, 3, 20)));
        prompts.schedule(1, PromptKind.MORNING, MOSCOW, LocalTime.of(8, 0), true);
        prompts.schedule(1, PromptKind.WEEKLY, MOSCOW, LocalTime.of(8, 0), true);
        prompts.schedule(2, PromptKind.MORNING, MOSCOW, LocalTime.of(8, 0), true);

        Dialogs.diaryOffWhenBlocked(diary, prompts).accept(1); // what the outbound queue does on a 403
        Collecting out = new Collecting();
        service(prompts, out).start();
        runFor(Duration.ofDays(3), out);

        assertThat(out.sentChats()).containsOnly(2L).hasSize(3);
        assertThat(diary.settings(1)).hasValueSatisfying(s -> assertThat(s.active()).isFalse());
        assertThat(prompts.find(1, PromptKind.WEEKLY)).hasValueSatisfying(p -> assertThat(p.active()).isFalse());
    }
}
