package ru.sleepbot.content;

import java.util.List;
import java.util.Objects;

/**
 * A warning sign the safety guard looks for (intents/safety/warning_signs.yaml): patterns in
 * the pattern language documented in that file, the doctors to see, and the patterns that make it
 * an emergency.
 */
public record WarningSign(String id, Severity severity, List<String> doctors, List<String> patterns,
                          List<String> emergencyWhen, Integer window) {

    /** Whether the sign alone means "see a doctor" or "call 103/112 now". */
    public enum Severity {
        @com.fasterxml.jackson.annotation.JsonProperty("doctor") DOCTOR,
        @com.fasterxml.jackson.annotation.JsonProperty("emergency") EMERGENCY
    }

    public static final int DEFAULT_WINDOW = 10;

    public WarningSign {
        Objects.requireNonNull(id, "warning sign id");
        severity = severity == null ? Severity.DOCTOR : severity;
        doctors = doctors == null ? List.of() : List.copyOf(doctors);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        emergencyWhen = emergencyWhen == null ? List.of() : List.copyOf(emergencyWhen);
        window = window == null ? DEFAULT_WINDOW : window;
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("warning sign " + id + " has no patterns");
        }
    }
}
