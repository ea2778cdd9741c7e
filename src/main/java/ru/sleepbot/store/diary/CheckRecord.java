package ru.sleepbot.store.diary;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The answers of a diary user's last symptom check, in the order asked (step key → option key), and its main finding. */
public record CheckRecord(LocalDate answeredOn, String finding, Map<String, String> answers) {

    public CheckRecord {
        Objects.requireNonNull(answeredOn, "answeredOn");
        Objects.requireNonNull(finding, "finding");
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }
}
