package ru.sleepbot.store.diary;

import java.util.Objects;

/** A warning sign triage found in a diary user's message: its id and the local day, never the text. */
public record SignNoted(java.time.LocalDate day, String signId) {

    public SignNoted {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(signId, "signId");
    }
}
