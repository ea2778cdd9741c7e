package ru.sleepbot.bench;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import ru.sleepbot.app.Bot;
import ru.sleepbot.app.Settings;
import ru.sleepbot.outbound.OutboundQueue;
import ru.sleepbot.outbound.QueueLimits;
import ru.sleepbot.reminder.PromptComposer;
import ru.sleepbot.reminder.ReminderSchedule;
import ru.sleepbot.reminder.ReminderService;
import ru.sleepbot.store.Database;
import ru.sleepbot.store.JdbcTarget;
import ru.sleepbot.store.ReminderStore;
import ru.sleepbot.time.ExecutorScheduler;

/**
 * Evening prompts at Telegram's physical limit: N users (10 000 by default) in several zones, all
 * due in the same minute, sent by the real service and queue to a fake Bot API that rejects
 * anything over 30 messages/s or 1/s per chat. Reports the rate, lateness p50/p99, 429s, and
 * whether anyone was missed or prompted twice. Takes about N / 29.5 seconds.
 */
final class ReminderBenchmark implements Benchmark {

    static final int DEFAULT_USERS = 10_000;
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Kaliningrad"), ZoneId.of("Europe/Moscow"),
            ZoneId.of("Asia/Yekaterinburg"), ZoneId.of("Asia/Novosibirsk"), ZoneId.of("Asia/Vladivostok"),
            ZoneId.of("Asia/Kathmandu"));

    private final int users;

    ReminderBenchmark(int users) {
        if (users < 1) {
            throw new IllegalArgumentException("--users must be positive: " + users);
        }
        this.users = users;
    }

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public void run(Settings settings, PrintStream out) throws Exception {
        // Users are set up for a minute an hour ahead; then time (at the real pace) is shifted so
        // that this minute starts one second later, and the service starts.
        Instant due = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofHours(1));
        JdbcTarget target = ru.sleepbot.store.TestDatabases.embedded();
        ReminderSchedule schedule = new ReminderSchedule();
        try (Database db = Database.open(target); ExecutorScheduler scheduler = new ExecutorScheduler(1, "bench-poll")) {
            ReminderStore store = db.users(ZoneId.of("Europe/Moscow"), Clock.systemUTC(), schedule);
            long setupStart = System.nanoTime();
            for (long id = 1; id <= users; id++) {
                ZoneId zone = ZONES.get((int) (id % ZONES.size()));
                LocalTime local = LocalTime.ofInstant(due, zone);
                store.update(id, s -> s.withZone(zone).withReminder(local, true));
            }
            out.printf(Locale.ROOT, "%d users in %d zones, all due at %s (set up in %.1f s)%n", users, ZONES.size(), due,
                    (System.nanoTime() - setupStart) / 1e9);
            PromptComposer prompts = new PromptComposer(Bot.loadContent(settings), new SplittableRandom());
            Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), due.minusSeconds(1)));
            FakeBotApi api = new FakeBotApi(clock);
            Thread.sleep(1000);
            OutboundQueue queue = new OutboundQueue(api, chatId -> { }, id -> { }, clock, QueueLimits.TELEGRAM);
            ReminderService service = new ReminderService(store, schedule,
                    prompts, queue, queue::pendingBulk,
                    scheduler, clock, ReminderService.Config.DEFAULT);
            long start = System.nanoTime();
            service.start();
            api.awaitDelivered(users, Duration.ofSeconds(users / 25 + 60));
            double seconds = (System.nanoTime() - start) / 1e9;
            service.close();
            queue.close();
            report(out, api, due, seconds);
        }
    }

    private void report(PrintStream out, FakeBotApi api, Instant due, double seconds) {
        List<Instant> at = api.deliveredAt();
        long twice = api.perChat().values().stream().filter(n -> n > 1).count();
        long missed = users - api.perChat().size();
        List<Long> lateness = new ArrayList<>();
        at.forEach(i -> lateness.add(Duration.between(due, i).toMillis()));
        lateness.sort(null);
        double span = at.size() < 2 ? 0 : Duration.between(at.get(0), at.get(at.size() - 1)).toNanos() / 1e9;
        double rate = span > 0 ? (at.size() - 1) / span : 0;
        double worst300 = slowestRun(at, 300);
        double worst900 = slowestRun(at, 900);
        out.printf(Locale.ROOT, "prompted %d of %d users in %.1f s; missed %d, prompted twice %d%n",
                api.perChat().size(), users, seconds, missed, twice);
        out.printf(Locale.ROOT, "rate %.2f msg/s overall (first to last); sustained: slowest 300 in a row %.2f msg/s,"
                + " slowest 900 in a row %.2f msg/s%n", rate, worst300, worst900);
        out.printf(Locale.ROOT, "lateness after the due minute: p50 %.1f s, p99 %.1f s, max %.1f s%n",
                percentile(lateness, 0.50) / 1e3, percentile(lateness, 0.99) / 1e3,
                lateness.isEmpty() ? 0 : lateness.get(lateness.size() - 1) / 1e3);
        out.printf(Locale.ROOT, "429 answers from the fake Bot API: %d%n", api.rejected());
    }

    /**
     * Sustained rate: the slowest stretch of {@code n} consecutive deliveries. (A sliding time
     * window would dip at every edge of the once-a-second bursts and say nothing about throughput.)
     */
    private static double slowestRun(List<Instant> at, int n) {
        if (at.size() <= n) {
            return Double.NaN;
        }
        double worst = Double.MAX_VALUE;
        for (int i = 0; i + n < at.size(); i++) {
            double span = Duration.between(at.get(i), at.get(i + n)).toNanos() / 1e9;
            worst = Math.min(worst, n / span);
        }
        return worst;
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }
}
