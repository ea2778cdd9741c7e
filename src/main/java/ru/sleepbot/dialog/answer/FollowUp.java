package ru.sleepbot.dialog.answer;

import java.util.Objects;
import java.util.Optional;
import ru.sleepbot.content.Aspect;

/**
 * What a short follow-up asks, read without the topic: the aspect named (if any), whether it
 * wants "more", and an audience it switches to (children, pregnancy).
 */
record FollowUp(Optional<Aspect> aspect, boolean more, Optional<Audience> audience) {

    /** "а у детей?", "а при беременности?": the topic flagged as that audience's home answers. */
    enum Audience { CHILDREN, PREGNANCY }

    FollowUp {
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(audience, "audience");
    }
}
