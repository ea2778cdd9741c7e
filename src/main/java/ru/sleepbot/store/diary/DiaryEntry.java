package ru.sleepbot.store.diary;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One night of the diary, keyed by the morning's local date. A null field was not answered (a
 * skipped question stays empty: nothing is guessed); {@code factors} empty means "none of these".
 *
 * @param quality 1..5, how the user slept
 * @param jerks   the key of how many jerks there were ("none", "few", "many", "woke")
 * @param factors keys of what the evening before held ("coffee", "stress"...)
 * @param note    the user's own words, stored only with their consent
 */
public record DiaryEntry(LocalDate night, Integer quality, String jerks, Set<String> factors, String note) {

    /** The longest note kept; a longer one is cut (Telegram allows 4096 characters in a message). */
    public static final int MAX_NOTE = 2000;

    public DiaryEntry {
        Objects.requireNonNull(night, "night");
        if (quality != null && (quality < 1 || quality > 5)) {
            throw new IllegalArgumentException("quality must be 1..5: " + quality);
        }
        factors = factors == null ? null : Set.copyOf(new TreeSet<>(factors));
        if (note != null && note.length() > MAX_NOTE) {
            note = note.substring(0, MAX_NOTE);
        }
    }

    public static DiaryEntry empty(LocalDate night) {
        return new DiaryEntry(night, null, null, null, null);
    }

    public DiaryEntry withQuality(Integer value) {
        return new DiaryEntry(night, value, jerks, factors, note);
    }

    public DiaryEntry withJerks(String value) {
        return new DiaryEntry(night, quality, value, factors, note);
    }

    public DiaryEntry withFactors(Set<String> value) {
        return new DiaryEntry(night, quality, jerks, value, note);
    }

    public DiaryEntry withNote(String value) {
        return new DiaryEntry(night, quality, jerks, factors, value);
    }

    /** True when no question of the night was answered. */
    public boolean isEmpty() {
        return quality == null && jerks == null && factors == null && note == null;
    }
}
