package ru.sleepbot.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import ru.sleepbot.app.Settings;

/**
 * {@code bench embedded-crash}: the crash test that chose the embedded database. A child JVM
 * commits 7 rows 10 s apart (as 7 chats setting /remind would), stays idle 15 s and is killed with
 * SIGKILL; then the file is opened again and the rows counted. Run on H2 with the bot's former URL
 * ({@code AUTO_SERVER=TRUE}) and on SQLite as the bot opens it now (WAL, synchronous=FULL), both
 * at once. About 90 s.
 */
final class EmbeddedCrashBenchmark implements Benchmark {

    private static final int ROWS = 7;
    private static final long GAP_MILLIS = 10_000;
    private static final long IDLE_MILLIS = 15_000;

    @Override
    public String name() {
        return "embedded-crash";
    }

    @Override
    public void run(Settings settings, PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("embedded-crash");
        List<String> urls = List.of("jdbc:h2:file:" + dir.resolve("h2").resolve("sleepbot") + ";AUTO_SERVER=TRUE",
                "jdbc:sqlite:" + dir.resolve("sleepbot.db"));
        Files.createDirectories(dir.resolve("h2"));
        List<Process> writers = new ArrayList<>();
        for (String url : urls) {
            writers.add(java(dir, "write", url, String.valueOf(ROWS), String.valueOf(GAP_MILLIS)));
        }
        Thread.sleep(ROWS * GAP_MILLIS + IDLE_MILLIS);
        for (int i = 0; i < urls.size(); i++) {
            Process writer = writers.get(i);
            writer.destroyForcibly();
            writer.waitFor(10, TimeUnit.SECONDS);
            long committed;
            try (var lines = Files.lines(dir.resolve("out-" + writer.pid() + ".txt"))) {
                committed = lines.filter(l -> l.startsWith("committed ")).count();
            }
            Process counter = java(dir, "count", urls.get(i));
            counter.waitFor(60, TimeUnit.SECONDS);
            String rows;
            try (var lines = Files.lines(dir.resolve("out-" + counter.pid() + ".txt"))) {
                rows = lines.filter(l -> l.startsWith("rows ")).findFirst().orElse("rows ?").substring(5);
            }
            out.printf(Locale.ROOT, "%s: %d commits returned (%d s apart), kill -9 %d s after the last; %s rows after"
                    + " reopening%n", urls.get(i).startsWith("jdbc:h2") ? "H2 2.5 (AUTO_SERVER=TRUE)"
                    : "SQLite (WAL, synchronous=FULL)", committed, GAP_MILLIS / 1000, IDLE_MILLIS / 1000, rows);
        }
    }

    private static Process java(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // Output to a file named by the pid, read after the process is gone.
        Path out = dir.resolve("out-" + process.pid() + ".txt");
        Thread copier = new Thread(() -> {
            try (var in = process.getInputStream()) {
                Files.copy(in, out);
            } catch (IOException e) {
                // the process was killed: what was copied so far stays
            }
        });
        copier.setDaemon(true);
        copier.start();
        return process;
    }
}
