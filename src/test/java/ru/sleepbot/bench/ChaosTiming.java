package ru.sleepbot.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long after the fake API wrote its answer the bot noted the message as sent, per message: the
 * window in which a kill -9 sends it again. The bots run with a logging configuration of the
 * bench's own that adds the DEBUG lines of {@code ru.sleepbot.outbound.timing} (chat id, row id,
 * System.nanoTime, which on Linux is one clock for every process) to what production logs.
 */
final class ChaosTiming {

    private static final Pattern NOTED = Pattern.compile("noted row (\\d+) chat (-?\\d+) nanos (\\d+)");
    /** Messages answered this soon after a bot process started count as "at start-up". */
    private static final long START_UP_NANOS = 10_000_000_000L;

    private ChaosTiming() {
    }

    /** Writes the bots' logging configuration in {@code work}; returns its path for -Dlogback.configurationFile. */
    static Path writeLogConfig(Path work) throws IOException {
        Path file = work.resolve("logback-chaos.xml");
        Files.writeString(file, """
                <configuration>
                  <appender name="STDERR" class="ch.qos.logback.core.ConsoleAppender">
                    <target>System.err</target>
                    <encoder><pattern>%d{yyyy-MM-dd'T'HH:mm:ss.SSSX} %-5level [%thread] %logger{24} - %msg%n%ex</pattern></encoder>
                  </appender>
                  <logger name="org.flywaydb" level="WARN"/>
                  <logger name="com.zaxxer.hikari" level="WARN"/>
                  <logger name="okhttp3" level="WARN"/>
                  <logger name="opennlp" level="WARN"/>
                  <logger name="ru.sleepbot.outbound.timing" level="DEBUG"/>
                  <root level="INFO"><appender-ref ref="STDERR"/></root>
                </configuration>
                """);
        return file;
    }

    /** The first "noted" time of each chat in the bots' logs {@code logs}. */
    static Map<Long, Long> noted(List<Path> logs) throws IOException {
        Map<Long, Long> first = new HashMap<>();
        for (Path log : logs) {
            if (!Files.exists(log)) {
                continue;
            }
            try (var lines = Files.lines(log)) {
                lines.forEach(line -> {
                    Matcher m = NOTED.matcher(line);
                    if (m.find()) {
                        first.merge(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), Math::min);
                    }
                });
            }
        }
        return first;
    }

    /**
     * Prints the distribution of "answer written → noted" over messages whose first answer was
     * written (not dropped), split into those answered within 10 s of a bot's start and the rest.
     */
    static void report(Map<Long, Long> answered, Map<Long, Long> noted, List<Long> starts, PrintStream out) {
        List<Double> startUp = new ArrayList<>();
        List<Double> steady = new ArrayList<>();
        answered.forEach((chat, at) -> {
            Long n = noted.get(chat);
            if (n == null || n < at - 1_000_000_000L) {
                return; // never noted (the bot died), or noted for an earlier message of the chat
            }
            boolean early = starts.stream().anyMatch(s -> s <= at && at - s < START_UP_NANOS);
            (early ? startUp : steady).add((n - at) / 1e6);
        });
        out.printf(Locale.ROOT, "  answer written -> noted as sent, ms: %s at start-up (< 10 s after a start); %s"
                + " otherwise%n", summary(startUp), summary(steady));
    }

    private static String summary(List<Double> ms) {
        if (ms.isEmpty()) {
            return "none";
        }
        double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "n=%d mean %.1f p50 %.1f p90 %.1f p99 %.1f max %.1f", v.length,
                java.util.Arrays.stream(v).average().orElse(0), at(v, 0.5), at(v, 0.9), at(v, 0.99), v[v.length - 1]);
    }

    private static double at(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
    }
}
