package ru.sleepbot.dialog.answer;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ru.sleepbot.content.Aspect;
import ru.sleepbot.nlu.Utterance;

/**
 * Tells a follow-up ("а это опасно?", "подробнее", "а у детей?") from a new question and reads
 * what it asks. A follow-up is short and made only of cue words and glue: one unknown content word
 * ("а судороги опасны?") makes it a new question for the classifier.
 */
final class FollowUpReader {

    /** Longer messages carry their own subject; they are questions, not follow-ups. */
    static final int MAX_WORDS = 8;
    /** "отличить это от судорог", "не спутать с эпилепсией": what follows names the other thing. */
    private static final java.util.Set<String> COMPARED_WITH = java.util.Set.of("от", "с", "со");

    private final ContextCues cues;

    FollowUpReader(ContextCues cues) {
        this.cues = cues;
    }

    Optional<FollowUp> read(Utterance said) {
        List<ContextCue> words = cues.read(said);
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return Optional.empty();
        }
        if (words.stream().anyMatch(Objects::isNull)) {
            return comparedWith(said, words)
                    ? Optional.of(new FollowUp(Optional.of(Aspect.DIFFERENCE), false, Optional.empty()))
                    : Optional.empty();
        }
        EnumSet<ContextCue> found = cues.found(words);
        found.remove(ContextCue.GLUE);
        if (found.isEmpty()) {
            if (cues.asksWhichDoctor(said)) {
                return Optional.of(new FollowUp(Optional.of(Aspect.WHEN_DOCTOR), false, Optional.empty()));
            }
            return cues.asksWhatItIs(said)
                    ? Optional.of(new FollowUp(Optional.of(Aspect.WHAT_IS), false, Optional.empty()))
                    : Optional.empty();
        }
        Optional<FollowUp.Audience> audience = found.contains(ContextCue.CHILD) ? Optional.of(FollowUp.Audience.CHILDREN)
                : found.contains(ContextCue.PREGNANCY) ? Optional.of(FollowUp.Audience.PREGNANCY) : Optional.empty();
        List<String> conditions = found.contains(ContextCue.CONDITION) ? cues.conditions(said) : List.of();
        // "у меня диабет" alone after an answer asks whether it is dangerous for them.
        Optional<Aspect> aspect = strongestAspect(found)
                .or(() -> conditions.isEmpty() ? Optional.empty() : Optional.of(Aspect.IS_DANGEROUS));
        return Optional.of(new FollowUp(aspect, found.contains(ContextCue.MORE), audience,
                found.contains(ContextCue.FEAR), conditions));
    }

    /**
     * "а как отличить это от судорог?": asking how to tell the thing just talked about from something
     * else; the words after "от" name that something, so they may be anything.
     */
    private static boolean comparedWith(Utterance said, List<ContextCue> words) {
        int cue = words.indexOf(ContextCue.DIFFERENCE);
        if (cue < 0) {
            return false;
        }
        for (int i = cue + 1; i < words.size(); i++) {
            if (COMPARED_WITH.contains(said.token(i))) {
                return words.subList(0, i).stream().noneMatch(Objects::isNull);
            }
        }
        return false;
    }

    /** How many words of the message are neither cues nor glue: the words that could name a new subject. */
    int subjectWords(Utterance said) {
        return (int) cues.read(said).stream().filter(Objects::isNull).count();
    }

    /** The aspect a whole question asks about, for a new question that the classifier placed. */
    Optional<Aspect> aspectAsked(Utterance said) {
        return strongestAspect(cues.found(cues.read(said)));
    }

    private static Optional<Aspect> strongestAspect(EnumSet<ContextCue> found) {
        return ContextCue.ASPECTS_BY_RANK.stream().filter(found::contains).findFirst().flatMap(ContextCue::aspect);
    }
}
