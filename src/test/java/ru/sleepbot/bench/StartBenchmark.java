package ru.sleepbot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ru.sleepbot.app.Settings;

/**
 * {@code bench start}: the time from {@code java -jar target/sleep-bot.jar chat} to the first line
 * of its reply to "привет", as a user of the console sees it, in fresh JVMs one after another
 * (one warm-up run first, for the disk cache); each run, the median and the machine's load average
 * before and after, since on a shared machine the load moves this figure more than anything.
 * Needs the packaged jar: {@code mvn -B -q -DskipTests package exec:exec -Dbench=start}.
 */
final class StartBenchmark implements Benchmark {

    static final Path JAR = Path.of("target/sleep-bot.jar");
    private static final int RUNS = 5;

    @Override
    public String name() {
        return "start";
    }

    @Override
    public void run(Settings settings, PrintStream out) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            out.println("no " + JAR + ": run 'mvn -B -q -DskipTests package' first");
            return;
        }
        out.printf("load average before: %s%n", loadAverage());
        firstReplyMillis();
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(firstReplyMillis());
        }
        out.printf("start to first reply (echo привет | java -jar %s chat), %d runs: %s ms%n", JAR, RUNS, runs);
        List<Long> sorted = runs.stream().sorted().toList();
        out.printf("median %d ms, min %d ms, max %d ms%n", sorted.get(RUNS / 2), sorted.get(0), sorted.get(RUNS - 1));
        out.printf("load average after: %s%n", loadAverage());
    }

    /** One fresh JVM: the time until the first line of its answer, then the rest is read to its end. */
    private static long firstReplyMillis() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "chat");
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write("привет\n".getBytes(StandardCharsets.UTF_8));
        }
        long millis;
        try (BufferedReader reply = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String first = reply.readLine();
            millis = (System.nanoTime() - start) / 1_000_000;
            if (first == null) {
                throw new IllegalStateException("the bot said nothing");
            }
            while (reply.readLine() != null) {
                // read to the end so the process can finish
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the bot did not exit");
        }
        return millis;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
