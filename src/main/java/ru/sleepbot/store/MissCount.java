package ru.sleepbot.store;

import java.util.Objects;

/**
 * How often an unrecognized question came. {@code text} is present only when a user who asked
 * it agreed to keep texts (in /privacy); otherwise only the hash of its normalized form is kept.
 */
public record MissCount(String hash, String text, long count) {

    public MissCount {
        Objects.requireNonNull(hash, "hash");
    }
}
