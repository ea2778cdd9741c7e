package ru.sleepbot.dialog;

import java.util.Objects;
import java.util.Optional;
import ru.sleepbot.content.Aspect;

/**
 * What a short follow-up asks, read without the topic: the aspect named (if any), whether it
 * wants "more", and an audience it switches to ({@code topicSwitch}: a topic id, or empty).
 */
record FollowUp(Optional<Aspect> aspect, boolean more, Optional<String> topicSwitch) {

    FollowUp {
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(topicSwitch, "topicSwitch");
    }
}
