package ru.sleepbot.app;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import ru.sleepbot.nlu.NluSettings;

/**
 * Configuration, from environment variables only (as on Heroku). The token is kept out of
 * {@link #toString()} so that it can never reach a log line.
 */
public record Settings(
        Optional<String> token,
        String apiUrl,
        Optional<String> databaseUrl,
        Optional<Path> intentsDir,
        ZoneId defaultZone,
        Duration sessionIdle,
        long maxSessions,
        NluSettings nlu) {

    public static final String DEFAULT_API_URL = "https://api.telegram.org";

    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    static Settings from(Map<String, String> env) {
        return new Settings(
                nonBlank(env.get("TELEGRAM_BOT_TOKEN")),
                nonBlank(env.get("TELEGRAM_API_URL")).orElse(DEFAULT_API_URL),
                nonBlank(env.get("DATABASE_URL")),
                nonBlank(env.get("INTENTS_DIR")).map(Path::of),
                zone(nonBlank(env.get("BOT_DEFAULT_TZ")).orElse("Europe/Moscow")),
                Duration.ofMinutes(number(env, "SESSION_IDLE_MINUTES", 30)),
                number(env, "SESSION_MAX", 200_000),
                nlu(env));
    }

    /**
     * The classifier's thresholds: defaults chosen by {@code eval} on the calibrated confidences,
     * overridable (NLU_MIN_CONFIDENCE, NLU_CLARIFY_MARGIN). The learner is fixed: the build trains
     * the bot's model once, at package time.
     */
    private static NluSettings nlu(Map<String, String> env) {
        NluSettings nlu = NluSettings.DEFAULTS;
        Optional<String> minConfidence = nonBlank(env.get("NLU_MIN_CONFIDENCE"));
        if (minConfidence.isPresent()) {
            nlu = nlu.withMinConfidence(fraction("NLU_MIN_CONFIDENCE", minConfidence.get()));
        }
        Optional<String> margin = nonBlank(env.get("NLU_CLARIFY_MARGIN"));
        if (margin.isPresent()) {
            nlu = nlu.withClarifyMargin(fraction("NLU_CLARIFY_MARGIN", margin.get()));
        }
        return nlu;
    }

    private static double fraction(String name, String value) {
        try {
            double parsed = Double.parseDouble(value);
            if (parsed < 0 || parsed >= 1) {
                throw new IllegalArgumentException(name + " must be a number from 0 to below 1: " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number such as 0.35: " + value, e);
        }
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("BOT_DEFAULT_TZ is not a time zone: " + id, e);
        }
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        Optional<String> value = nonBlank(env.get(name));
        try {
            return value.map(Long::parseLong).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number: " + value.get(), e);
        }
    }

    @Override
    public String toString() {
        return "Settings[token=" + (token.isPresent() ? "***" : "none") + ", apiUrl=" + apiUrl
                + ", database=" + (databaseUrl.isPresent() ? "DATABASE_URL" : "embedded SQLite")
                + ", intentsDir=" + intentsDir.map(Path::toString).orElse("bundled")
                + ", defaultZone=" + defaultZone + ", sessionIdle=" + sessionIdle + ", maxSessions=" + maxSessions
                + ", nluMinConfidence=" + nlu.minConfidence() + ", nluClarifyMargin=" + nlu.clarifyMargin() + "]";
    }

    /** The same settings over another database (for evaluations that must not touch the real one). */
    public Settings withDatabaseUrl(String url) {
        return new Settings(token, apiUrl, Optional.of(url), intentsDir, defaultZone, sessionIdle, maxSessions, nlu);
    }
}
