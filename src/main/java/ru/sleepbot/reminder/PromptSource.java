package ru.sleepbot.reminder;

import java.time.Instant;
import java.util.List;

/** Where due prompts of some kinds come from (the evening's, the diary's). */
public interface PromptSource {

    /** Prompts due at {@code now}, earliest first, at most {@code limit}. */
    List<Prompt> due(Instant now, int limit);
}
