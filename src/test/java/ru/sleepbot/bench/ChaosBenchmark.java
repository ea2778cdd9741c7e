package ru.sleepbot.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import ru.sleepbot.app.Settings;

/**
 * {@code bench chaos}: the real jar as child processes against the loopback Bot API, with faults.
 * Every simulated question comes from a chat of its own ("/remind HH:MM", one answer, and a write
 * the answer confirms), so lost and doubled replies are counted exactly. Parts: 50 kill -9 at
 * random moments under load (confirmed writes checked in the database after every kill), a poison
 * update, dropped HTTP answers, a 60 s 5xx outage and a 60 s 429 storm with evening prompts due in
 * them, /forget, SIGTERM with 400 chats waiting, and a standby instance taking over from a killed
 * one. The embedded SQLite by default; CHAOS_DATABASE_URL (a jdbc:postgresql: URL, its tables are
 * dropped first) for PostgreSQL; CHAOS_CYCLES changes the number of kills. Needs target/sleep-bot.jar.
 */
final class ChaosBenchmark implements Benchmark {

    static final String TOKEN = "100200300:local-chaos-token-not-a-secret-00";
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final ChaosLedger ledger = new ChaosLedger();
    private final Map<Long, String> remindAt = new ConcurrentHashMap<>();
    private final AtomicLong nextChat = new AtomicLong(5_000_000);
    private final Random random = new Random(42);
    private final List<Long> kills = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Long> starts = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final long began = System.nanoTime();
    private LoopbackBotApi api;
    private ChaosDatabase database;
    private Path work;
    private Path logConfig;
    private int instances;

    @Override
    public String name() {
        return "chaos";
    }

    @Override
    public void run(Settings settings, PrintStream out) throws Exception {
        Path jar = Path.of(System.getenv().getOrDefault("CHAOS_JAR", "target/sleep-bot.jar"));
        if (!Files.exists(jar)) {
            out.println("target/sleep-bot.jar is missing: run mvn -B -q -DskipTests package first");
            return;
        }
        int cycles = Integer.parseInt(System.getenv().getOrDefault("CHAOS_CYCLES", "50"));
        work = Files.createTempDirectory("chaos");
        logConfig = ChaosTiming.writeLogConfig(work);
        database = ChaosDatabase.at(System.getenv("CHAOS_DATABASE_URL"), work);
        out.println("database: " + database + "; logs in " + work);
        try (LoopbackBotApi started = LoopbackBotApi.start(TOKEN, ledger::arrived, ledger::answered)) {
            api = started;
            crashes(jar, cycles, out);
            BotProcess bot = startAndWait(jar);
            // Up to 5 min: on a busy machine the kills outpace start-up and thousands of questions
            // wait for the last start (sent at 30/s); the poison part must not measure that backlog.
            settle("answers after the last kill", 300, out);
            poison(out);
            flood(out);
            dropped(out);
            outage("5xx outage", () -> api.failSendsFor(Duration.ofSeconds(60)), out);
            outage("429 storm", () -> api.rateLimitSendsFor(Duration.ofSeconds(60)), out);
            forget(out);
            BotProcess next = sigterm(bot, jar, out);
            standby(next, jar, out);
            new ChaosDuplicates(ledger, kills, starts, api.droppedAnswers(), began).report(out);
            List<Path> logs = new ArrayList<>();
            for (int i = 1; i <= instances; i++) {
                logs.add(work.resolve("bot-" + i + ".log"));
            }
            ChaosTiming.report(ledger.singleAnswers(), ChaosTiming.noted(logs), starts, out);
        } finally {
            database.close();
        }
    }

    /** kill -9 at random moments while chats keep setting reminders; every confirmed write must survive. */
    private void crashes(Path jar, int cycles, PrintStream out) throws Exception {
        long before = System.nanoTime();
        long firstChat = nextChat.get();
        Thread feeder = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                askRemind(ZonedDateTime.now(MOSCOW).getHour() + 12);
                try {
                    Thread.sleep(120);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "chaos-feeder");
        feeder.start();
        int lost = 0;
        int confirmedMax = 0;
        int duringStart = 0;
        for (int cycle = 1; cycle <= cycles; cycle++) {
            BotProcess bot = start(jar);
            if (random.nextBoolean()) {
                duringStart++;
                Thread.sleep(300 + random.nextInt(4000));
            } else {
                long polls = api.polls();
                waitFor(() -> api.polls() > polls, 60);
                Thread.sleep(200 + random.nextInt(3000));
            }
            kills.add(System.nanoTime());
            bot.kill9();
            ChaosDatabase.Check check = database.confirmedWrites(remindAt, ledger);
            lost += check.lost();
            confirmedMax = Math.max(confirmedMax, check.confirmed());
        }
        feeder.interrupt();
        feeder.join();
        out.printf(Locale.ROOT, t() + "kill -9: %d cycles (%d during start-up) in %.0f s, %d questions asked meanwhile;"
                + " confirmed writes checked after every kill: %d confirmed at the end, %d lost%n", cycles, duringStart,
                (System.nanoTime() - before) / 1e9, nextChat.get() - firstChat, confirmedMax, lost);
    }

    private void poison(PrintStream out) throws Exception {
        List<Long> chats = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            if (i == 5) {
                api.deliverRaw(id -> "{\"update_id\":" + id + ",\"message\":{\"message_id\":2147483999,\"date\":1,"
                        + "\"chat\":{\"id\":77,\"type\":\"private\"},\"from\":{\"id\":77,\"is_bot\":false,"
                        + "\"first_name\":\"P\"},\"text\":\"poison one\"}}");
            }
            if (i == 12) {
                api.deliverRaw(id -> "{\"update_id\":" + id + ",\"message\":{\"message_id\":5,\"date\":\"yesterday\","
                        + "\"chat\":{\"id\":{\"oops\":1},\"type\":\"private\"},\"text\":\"poison two\"}}");
            }
            chats.add(askRemind(ZonedDateTime.now(MOSCOW).getHour() + 12));
        }
        settle("poison", 60, out);
        double worst = chats.stream().mapToDouble(ledger::latency).max().orElse(-1);
        out.printf(Locale.ROOT, t() + "poison: 2 unreadable updates in a batch of 22; the 20 others answered, slowest after"
                + " %.1f s; log lines for skipped updates: %d%n", worst, logLines("cannot be read and is skipped"));
    }

    /** One chat sends 300 messages at once while 20 others ask one question each. */
    private void flood(PrintStream out) throws Exception {
        long spammer = 9_000_002L;
        for (int i = 0; i < 300; i++) {
            api.deliverText(spammer, "/remind 10:" + String.format(Locale.ROOT, "%02d", i % 60));
        }
        List<Long> others = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            others.add(askRemind(ZonedDateTime.now(MOSCOW).getHour() + 12));
        }
        settle("flood", 60, out);
        Thread.sleep(10_000);
        double worst = others.stream().mapToDouble(ledger::latency).max().orElse(-1);
        out.printf(Locale.ROOT, t() + "flood: one chat sent 300 messages at once and got %d replies in the next 10 s"
                + " (the rest skipped, first reply: %s); 20 other chats meanwhile answered within %.1f s%n",
                ledger.count(spammer), ledger.firstText(spammer) == null ? "none"
                        : ledger.firstText(spammer).substring(0, Math.min(40, ledger.firstText(spammer).length())), worst);
    }

    private void dropped(PrintStream out) throws Exception {
        api.dropAnswers(0.05);
        for (int i = 0; i < 300; i++) {
            askRemind(ZonedDateTime.now(MOSCOW).getHour() + 12);
            Thread.sleep(30);
        }
        settle("dropped answers", 90, out);
        api.dropAnswers(0);
        out.printf(Locale.ROOT, t() + "dropped answers: 300 questions, 5 %% of HTTP answers dropped after the message was"
                + " accepted: %d dropped so far%n", api.droppedAnswers().values().stream().mapToInt(Integer::intValue).sum());
    }

    /** A 60 s fault window with 100 questions in it and 20 evening prompts falling due inside it. */
    private void outage(String what, Runnable fault, PrintStream out) throws Exception {
        ZonedDateTime due = ZonedDateTime.now(MOSCOW).plusSeconds(50).withSecond(0).withNano(0).plusMinutes(1);
        List<Long> prompted = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long chat = nextChat.incrementAndGet();
            String time = String.format(Locale.ROOT, "%02d:%02d", due.getHour(), due.getMinute());
            remindAt.put(chat, time);
            ledger.expect(chat, 2, System.nanoTime());
            api.deliverText(chat, "/remind " + time);
            prompted.add(chat);
        }
        waitFor(() -> prompted.stream().allMatch(c -> ledger.count(c) >= 1), 30);
        long toFault = Duration.between(ZonedDateTime.now(MOSCOW), due).toMillis() - 20_000;
        Thread.sleep(Math.max(0, toFault));
        long began = System.nanoTime();
        fault.run();
        List<Long> asked = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            asked.add(askRemind(ZonedDateTime.now(MOSCOW).getHour() + 12));
            Thread.sleep(500);
        }
        settle(what, 120, out);
        double worst = asked.stream().mapToDouble(ledger::latency).max().orElse(-1);
        long promptsIn = prompted.stream().filter(c -> ledger.count(c) >= 2).count();
        out.printf(Locale.ROOT, t() + "%s: 60 s from %s; 100 questions during it, slowest answered after %.0f s;"
                + " %d of 20 prompts due at %s delivered; all settled %.0f s after it began%n", what,
                due.minusSeconds(20).toLocalTime(), worst, promptsIn, due.toLocalTime(), (System.nanoTime() - began) / 1e9);
    }

    private void forget(PrintStream out) throws Exception {
        long chat = 9_000_001L;
        List<Runnable> steps = List.of(() -> api.deliverText(chat, "/remind 22:15"), () -> api.deliverPress(chat, "pv:on"),
                () -> api.deliverText(chat, "фыва пролджэ кукареку"), () -> api.deliverText(chat, "/forget"),
                () -> api.deliverPress(chat, "fg:yes"));
        long kept = 0;
        for (Runnable s : steps) {
            int before = ledger.count(chat);
            kept = database.rowsAbout(chat);
            s.run();
            waitFor(() -> ledger.count(chat) > before, 20);
            Thread.sleep(300);
        }
        long before = database.rowsAbout(chat);
        Thread.sleep(2000);
        out.printf(Locale.ROOT, t() + "/forget: %d rows about the user before the confirmation (settings, kept text...);"
                + " after /forget + yes: %d rows left in all tables with chat_id or user_id, %d two seconds later%n",
                kept, before, database.rowsAbout(chat));
    }

    private BotProcess sigterm(BotProcess bot, Path jar, PrintStream out) throws Exception {
        List<Long> chats = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < 400; i++) {
            long chat = nextChat.incrementAndGet();
            remindAt.put(chat, "21:45");
            ledger.expect(chat, 1, System.nanoTime());
            last = api.deliverText(chat, "/remind 21:45");
            chats.add(chat);
        }
        int lastId = last;
        waitFor(() -> api.confirmedBelow() > lastId, 60);
        long answered = chats.stream().filter(c -> ledger.count(c) > 0).count();
        double took = bot.term(40);
        long afterStop = chats.stream().filter(c -> ledger.count(c) > 0).count();
        BotProcess next = startAndWait(jar);
        settle("SIGTERM", 90, out);
        out.printf(Locale.ROOT, t() + "SIGTERM with 400 chats waiting (%d answered when it came): exit after %.1f s with %d"
                + " answered; the next start sent the other %d%n", answered, took, afterStop, 400 - afterStop);
        return next;
    }

    private void standby(BotProcess active, Path jar, PrintStream out) throws Exception {
        long conflicts = api.conflicts();
        BotProcess standby = start(jar);
        Thread.sleep(12_000);
        long standbyLines = standby.logLines("waiting as a standby");
        long conflictsMeanwhile = api.conflicts() - conflicts;
        long killed = System.nanoTime();
        kills.add(killed);
        active.kill9();
        long first = nextChat.get() + 1;
        Thread asker = new Thread(() -> {
            for (int i = 0; i < 120 && !Thread.currentThread().isInterrupted(); i++) {
                askRemind(ZonedDateTime.now(MOSCOW).getHour() + 12);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        asker.start();
        waitFor(() -> ledger.count(first) > 0 || ledger.count(first + 1) > 0, 60);
        double takeover = (System.nanoTime() - killed) / 1e9;
        asker.interrupt();
        asker.join();
        settle("standby", 90, out);
        standby.term(40);
        out.printf(Locale.ROOT, t() + "two instances: the second logged standby %d time(s), %d getUpdates conflicts while both"
                + " ran; after kill -9 of the active one the first answer came %.1f s later%n", standbyLines,
                conflictsMeanwhile, takeover);
    }

    /** "[t=123 s] ": seconds since the bench began, to line parts up with the bots' logs. */
    private String t() {
        return String.format(Locale.ROOT, "[t=%.0f s] ", (System.nanoTime() - began) / 1e9);
    }

    /** A new chat sets a reminder (one answer expected, and a write that answer confirms). */
    private long askRemind(int hour) {
        long chat = nextChat.incrementAndGet();
        String time = String.format(Locale.ROOT, "%02d:%02d", Math.floorMod(hour, 24), (int) (chat % 60));
        remindAt.put(chat, time);
        ledger.expect(chat, 1, System.nanoTime());
        api.deliverText(chat, "/remind " + time);
        return chat;
    }

    private BotProcess start(Path jar) throws Exception {
        instances++;
        starts.add(System.nanoTime());
        return BotProcess.start(jar, work, TOKEN, api.url(), database.urlForBot(),
                work.resolve("bot-" + instances + ".log"), logConfig);
    }

    private BotProcess startAndWait(Path jar) throws Exception {
        long polls = api.polls();
        BotProcess bot = start(jar);
        waitFor(() -> api.polls() > polls, 60);
        return bot;
    }

    private void settle(String what, int seconds, PrintStream out) throws InterruptedException {
        if (!waitFor(() -> ledger.missing() == 0, seconds)) {
            out.printf("%s: %d replies still missing after %d s%n", what, ledger.missing(), seconds);
        }
    }

    private long logLines(String fragment) throws Exception {
        long n = 0;
        for (int i = 1; i <= instances; i++) {
            Path log = work.resolve("bot-" + i + ".log");
            try (var lines = Files.lines(log)) {
                n += lines.filter(l -> l.contains(fragment)).count();
            }
        }
        return n;
    }

    private static boolean waitFor(BooleanSupplier condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }
}
