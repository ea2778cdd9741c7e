package ru.sleepbot.store;

import java.util.List;

/** Counts questions the bot did not understand, so editors know what content to add. */
public interface MissLog {

    /**
     * @param userId who asked (the text, when kept, is theirs and goes with /forget)
     * @param text   the normalized text, or null when that user has not agreed to keep it
     */
    void record(String hash, long userId, String text);

    /** The texts kept with this user's consent, oldest first (for /export). */
    List<String> textsOf(long userId);

    /** The most frequent misses, most frequent first. */
    List<MissCount> top(int limit);
}
