package ru.sleepbot.dialog.talk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import ru.sleepbot.nlu.Utterance;
import ru.sleepbot.store.MissLog;
import ru.sleepbot.store.UserSettings;
import ru.sleepbot.store.UserStore;

/**
 * Counts a question the bot did not understand in the {@link MissLog}: by a hash of its
 * normalized text, so that the same question asked by many people adds up without anyone's words
 * being kept. The text itself is kept only when the user agreed in /privacy.
 */
final class MissRecorder {

    /** Kept texts are cut here: enough for an editor to see the question, not a whole pasted story. */
    static final int MAX_KEPT_CHARS = 300;

    private final MissLog misses;
    private final UserStore users;

    MissRecorder(MissLog misses, UserStore users) {
        this.misses = misses;
        this.users = users;
    }

    /** @param userId who asked: their own consent decides, never a group's (the text is kept under their id) */
    void record(long userId, Utterance said) {
        String normalized = said.normalized();
        if (normalized.isEmpty()) {
            return;
        }
        boolean consent = users.find(userId).map(UserSettings::storeTextConsent).orElse(false);
        String kept = consent ? normalized.substring(0, Math.min(normalized.length(), MAX_KEPT_CHARS)) : null;
        misses.record(hash(normalized), userId, kept);
    }

    /** The first 16 hex digits of SHA-256: 64 bits, plenty to tell questions apart in a report. */
    static String hash(String normalized) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
