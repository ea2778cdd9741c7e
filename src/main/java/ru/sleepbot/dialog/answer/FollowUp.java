package ru.sleepbot.dialog.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ru.sleepbot.content.Aspect;

/**
 * What a short follow-up asks, read without the topic: the aspect named (if any), whether it
 * wants "more", an audience it switches to (children, pregnancy), whether it is asked in fear
 * ("я не умру?") and the conditions the person named ("у меня диабет").
 */
record FollowUp(Optional<Aspect> aspect, boolean more, Optional<Audience> audience, boolean fear,
                List<String> conditions) {

    /** "а у детей?", "а при беременности?": the topic flagged as that audience's home answers. */
    enum Audience { CHILDREN, PREGNANCY }

    FollowUp {
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(audience, "audience");
        conditions = List.copyOf(conditions);
    }

    /** The same question about the person talked about, not about another audience ("а малышу это вредно?" when pregnant). */
    FollowUp aboutThePerson() {
        return new FollowUp(aspect.or(() -> Optional.of(Aspect.IS_DANGEROUS)), more, Optional.empty(), fear, conditions);
    }

    FollowUp(Optional<Aspect> aspect, boolean more, Optional<Audience> audience) {
        this(aspect, more, audience, false, List.of());
    }
}
