package ru.sleepbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real bot ({@code java -jar target/sleep-bot.jar run}) as a child process, against the
 * loopback Bot API, for the chaos bench: started, killed with SIGKILL ({@link #kill9}) or stopped
 * with SIGTERM ({@link #term}) like Heroku does. Its log goes to a file of its own.
 */
final class BotProcess {

    private final Process process;
    private final Path log;
    private final long startedNanos = System.nanoTime();

    private BotProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * @param workDir     the working folder (the embedded database goes to its data/)
     * @param databaseUrl DATABASE_URL, or null for the embedded default
     * @param logConfig   a logback configuration to use instead of the jar's, or null
     */
    static BotProcess start(Path jar, Path workDir, String token, String apiUrl, String databaseUrl, Path log,
                            Path logConfig) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx300m"));
        if (logConfig != null) {
            command.add("-Dlogback.configurationFile=" + logConfig.toAbsolutePath());
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "run"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("TELEGRAM_BOT_TOKEN", token);
        env.put("TELEGRAM_API_URL", apiUrl);
        env.put("LOG_LEVEL", "INFO");
        // The chaos bench sends commands only, which never reach the classifier: its fastest
        // learner keeps each of the many restarts short (MAXENT_QN takes 3-30 s on a busy machine).
        env.put("NLU_ALGORITHM", System.getenv().getOrDefault("CHAOS_NLU_ALGORITHM", "NAIVE_BAYES"));
        env.remove("DATABASE_URL");
        if (databaseUrl != null) {
            env.put("DATABASE_URL", databaseUrl);
        }
        return new BotProcess(builder.start(), log);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGTERM, then waits for the exit; returns the seconds it took. */
    double term(int maxSeconds) throws InterruptedException {
        long t = System.nanoTime();
        process.destroy();
        if (!process.waitFor(maxSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        return (System.nanoTime() - t) / 1e9;
    }

    boolean alive() {
        return process.isAlive();
    }

    double secondsSinceStart() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** Lines of its log that contain {@code fragment}. */
    long logLines(String fragment) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(fragment)).count();
        }
    }
}
