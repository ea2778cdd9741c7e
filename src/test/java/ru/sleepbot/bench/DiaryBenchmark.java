package ru.sleepbot.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import ru.sleepbot.app.Bot;
import ru.sleepbot.app.Settings;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.dialog.SessionSettings;
import ru.sleepbot.dialog.assembly.DialogDependencies;
import ru.sleepbot.dialog.assembly.Dialogs;
import ru.sleepbot.diary.ChartRenderer;
import ru.sleepbot.diary.DiaryPeriod;
import ru.sleepbot.diary.Fonts;
import ru.sleepbot.diary.Night;
import ru.sleepbot.diary.ReportRenderer;
import ru.sleepbot.diary.SampleDiary;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.outbound.DurableOutbox;
import ru.sleepbot.outbound.QueueLimits;
import ru.sleepbot.reminder.PromptSchedule;
import ru.sleepbot.reminder.ReminderService;
import ru.sleepbot.reminder.TablePrompts;
import ru.sleepbot.safety.Assessment;
import ru.sleepbot.store.Database;
import ru.sleepbot.store.DueTime;
import ru.sleepbot.store.JdbcTarget;
import ru.sleepbot.store.ReminderStore;
import ru.sleepbot.store.TestDatabases;
import ru.sleepbot.store.diary.DiarySettings;
import ru.sleepbot.store.diary.DiaryStore;
import ru.sleepbot.store.prompt.PromptKind;
import ru.sleepbot.store.prompt.PromptStore;
import ru.sleepbot.telegram.TelegramChannel;
import ru.sleepbot.time.ExecutorScheduler;

/**
 * The sleep diary: how long a chart and a PDF take (p50/p95 after warm-up), and 10 000 weekly
 * charts due in one Sunday morning on the embedded SQLite database, sent as in production: the
 * reminder service claims each in a unit of work with its row (the PNG included) in the durable
 * outbox, and the outbound queue sends it through the real Telegram client (multipart sendPhoto)
 * to the loopback Bot API with Telegram's limits. Reports whether each user got theirs once, the
 * rate, the heap's peak and what is left in the outbox. Run with -Dbench.xmx=300m to hold it to
 * the dyno's heap.
 */
final class DiaryBenchmark implements Benchmark {

    private static final String TOKEN = "100200300:local-bench-token-not-a-secret-000";
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Kaliningrad"), ZoneId.of("Europe/Moscow"),
            ZoneId.of("Asia/Yekaterinburg"), ZoneId.of("Asia/Novosibirsk"), ZoneId.of("Asia/Vladivostok"));

    private static final int SETUP_UNIT = 500;

    private final int users;

    DiaryBenchmark(int users) {
        this.users = users;
    }

    @Override
    public String name() {
        return "diary";
    }

    @Override
    public void run(Settings settings, PrintStream out) throws Exception {
        KnowledgeBase content = Bot.loadContent(settings);
        Fonts fonts = Fonts.load();
        ChartRenderer charts = new ChartRenderer(fonts, content.messages());
        ReportRenderer reports = new ReportRenderer(fonts, content, charts);
        LocalDate sunday = LocalDate.of(2026, 11, 29);
        DiaryPeriod week = SampleDiary.period(sunday, 7, 1);
        DiaryPeriod month = SampleDiary.period(sunday, 28, 2);
        timed(out, "chart, 7 nights", 50, 500, () -> charts.png(week));
        timed(out, "chart, 28 nights", 20, 200, () -> charts.png(month));
        timed(out, "PDF summary, 28 nights", 20, 200, () -> reports.pdf(month));
        weeklyMorning(content, out);
    }

    private static void timed(PrintStream out, String what, int warmUp, int runs, Supplier<byte[]> work) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        long[] nanos = new long[runs];
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            bytes += work.get().length;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d runs (after %d warm-up), %d KB each%n",
                what, nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.95)] / 1e6, nanos[runs - 1] / 1e6, runs, warmUp,
                bytes / runs / 1024);
    }

    private void weeklyMorning(KnowledgeBase content, PrintStream out) throws Exception {
        // The weekly chart is due an hour after the Sunday check-in; every user's falls on the same minute.
        Instant due = ZonedDateTime.now(ZoneId.of("UTC")).with(TemporalAdjusters.next(DayOfWeek.SUNDAY))
                .withHour(6).truncatedTo(ChronoUnit.HOURS).toInstant();
        Clock setupClock = Clock.fixed(due.minus(Duration.ofDays(1)), ZoneId.of("UTC"));
        JdbcTarget target = TestDatabases.embedded();
        PromptSchedule schedule = new PromptSchedule();
        try (Database db = Database.open(target); ExecutorScheduler scheduler = new ExecutorScheduler(1, "bench-poll")) {
            long setupStart = System.nanoTime();
            setUp(db, setupClock, schedule, due);
            out.printf(Locale.ROOT, "%d diary users with 7 nights each, weekly charts all due at %s (set up in %.1f s,"
                    + " embedded SQLite)%n", users, due, (System.nanoTime() - setupStart) / 1e9);

            Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), due.minusSeconds(1)));
            Map<Long, Integer> perChat = new ConcurrentHashMap<>();
            List<Long> arrivals = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicInteger photos = new AtomicInteger();
            try (LoopbackBotApi counted = LoopbackBotApi.start(TOKEN, sent -> {
                perChat.merge(sent.chatId(), 1, Integer::sum);
                arrivals.add(sent.arrivedNanos());
                if (sent.text().startsWith("sendphoto")) {
                    photos.incrementAndGet();
                }
            })) {
                TelegramChannel channel = TelegramChannel.connect(TOKEN, counted.url());
                ReminderStore userStore = db.users(ZoneId.of("Europe/Moscow"), clock, DueTime.NEVER);
                PromptStore prompts = db.prompts(clock, schedule, ZoneId.of("Europe/Moscow"));
                DiaryStore diary = db.diary(clock);
                // As in production: each claim commits with its row (the chart's PNG in it) in the durable outbox.
                DurableOutbox outbox = DurableOutbox.start(db.outbox(clock), db.transactions(), channel.transport(),
                        Dialogs.diaryOffWhenBlocked(diary, prompts), QueueLimits.TELEGRAM, clock);
                DialogDependencies deps = new DialogDependencies(content,
                        said -> new Classification(Classification.OUT_OF_SCOPE, 0.9, "greeting", 0.05, null),
                        ru.sleepbot.nlu.NluSettings.DEFAULTS.policy(), (said, context) -> Assessment.ROUTINE,
                        userStore, diary, prompts, new ru.sleepbot.store.InMemoryMissLog(), outbox, scheduler, clock,
                        SessionSettings.DEFAULT);
                ReminderService service = new ReminderService(
                        List.of(new TablePrompts(prompts, schedule, Dialogs.assemble(deps).diaryPrompts())), outbox,
                        outbox.queue()::pendingBulk, scheduler, clock, ReminderService.Config.DEFAULT, db.transactions());
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                Thread.sleep(1000);
                long start = System.nanoTime();
                service.start();
                long deadline = start + Duration.ofSeconds(users / 20 + 60).toNanos();
                while (arrivals.size() < users && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                service.close();
                outbox.close();
                channel.close();
                db.transactions().inUnit(() -> null); // the last sent rows go with the next commit
                report(out, perChat, arrivals, photos.get(), seconds, counted.refusedMessages());
                out.printf(Locale.ROOT, "outbox rows left after the last send: %d; prompts still due: %d%n",
                        db.outbox(clock).pending().size(), prompts.due(clock.instant(), users).size());
            }
        }
    }

    /** Users are written in units of a few hundred: one fsync each, not one per row. */
    private void setUp(Database db, Clock clock, PromptSchedule schedule, Instant due) {
        ReminderStore userStore = db.users(ZoneId.of("Europe/Moscow"), clock, DueTime.NEVER);
        DiaryStore diary = db.diary(clock);
        PromptStore prompts = db.prompts(clock, schedule, ZoneId.of("Europe/Moscow"));
        Random random = new Random(18);
        for (long first = 1; first <= users; first += SETUP_UNIT) {
            long from = first;
            db.transactions().inUnit(() -> {
                for (long id = from; id < from + SETUP_UNIT && id <= users; id++) {
                    setUpOne(id, random, userStore, diary, prompts, due);
                }
                return null;
            });
        }
    }

    private static void setUpOne(long id, Random random, ReminderStore userStore, DiaryStore diary, PromptStore prompts,
                                 Instant due) {
        ZoneId zone = ZONES.get((int) (id % ZONES.size()));
        LocalTime checkin = LocalTime.ofInstant(due.minus(PromptSchedule.WEEKLY_AFTER_CHECKIN), zone);
        LocalDate sunday = LocalDate.ofInstant(due, zone);
        userStore.update(id, s -> s.withZone(zone));
        diary.saveSettings(new DiarySettings(id, checkin, true, false, sunday.minusDays(30)));
        for (Night night : SampleDiary.period(sunday, 7, random.nextLong()).nights()) {
            if (night.entry() != null) {
                diary.saveEntry(id, night.entry());
            }
        }
        prompts.schedule(id, PromptKind.WEEKLY, zone, checkin, true);
    }

    private void report(PrintStream out, Map<Long, Integer> perChat, List<Long> arrivals, int photos, double seconds,
                        long refused) {
        long twice = perChat.values().stream().filter(n -> n > 1).count();
        List<Long> at = new ArrayList<>(arrivals);
        at.sort(null);
        double span = at.size() < 2 ? 0 : (at.get(at.size() - 1) - at.get(0)) / 1e9;
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        out.printf(Locale.ROOT, "weekly charts delivered to %d of %d users (%d as sendPhoto) in %.1f s; missed %d, twice %d%n",
                perChat.size(), users, photos, seconds, users - perChat.size(), twice);
        out.printf(Locale.ROOT, "rate %.2f messages/s (first to last); 429 answers from the loopback Bot API: %d%n",
                span > 0 ? (at.size() - 1) / span : 0, refused);
        out.printf(Locale.ROOT, "heap peak (sum of the heap pools' peaks, an upper bound) %.0f MB; max heap %.0f MB%n",
                heapPeak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }
}
