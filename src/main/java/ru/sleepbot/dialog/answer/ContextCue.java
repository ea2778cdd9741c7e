package ru.sleepbot.dialog.answer;

import java.util.List;
import java.util.Optional;
import ru.sleepbot.content.Aspect;

/**
 * What a word of a short follow-up tells: an aspect asked ("опасно" → is it dangerous), "more",
 * a switch of audience (children, pregnancy), or nothing but glue ("а", "это", "ли").
 */
enum ContextCue {
    WHAT_IS(Aspect.WHAT_IS),
    CAUSES(Aspect.CAUSES),
    IS_DANGEROUS(Aspect.IS_DANGEROUS),
    WHAT_TO_DO(Aspect.WHAT_TO_DO),
    WHEN_DOCTOR(Aspect.WHEN_DOCTOR),
    DIFFERENCE(Aspect.DIFFERENCE),
    /** "а я не умру во сне?": is it dangerous, asked in fear; the answer opens with reassurance. */
    FEAR(Aspect.IS_DANGEROUS),
    /** A condition of the person ("диабет", "пожилой"): "is it dangerous" with a note for it. */
    CONDITION(null),
    MORE(null),
    CHILD(null),
    PREGNANCY(null),
    GLUE(null);

    private final Aspect aspect;

    ContextCue(Aspect aspect) {
        this.aspect = aspect;
    }

    Optional<Aspect> aspect() {
        return Optional.ofNullable(aspect);
    }

    /** Cues that name an aspect, strongest first: a doctor question outranks "is it dangerous". */
    static final List<ContextCue> ASPECTS_BY_RANK = List.of(WHEN_DOCTOR, DIFFERENCE, FEAR, IS_DANGEROUS, WHAT_TO_DO,
            CAUSES, WHAT_IS);
}
