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
    /** A what-to-do cue among this many first words, before any doctor, opens the question. */
    static final int OPENING_WORDS = 5;
    /** A question word among this many first words makes a message a question. */
    static final int ASKING_WITHIN = 6;
    /** "а это точно не ...": the "не" of ruling something out stands among this many first words. */
    static final int NOT_WITHIN = 4;

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
        Optional<FollowUp.Audience> audience = audience(found);
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

    /**
     * A question the classifier could not place, read for what it asks of the topic on screen: its
     * cues count and its other words are let be ("а если приучить его спать на боку, поможет?" asks
     * what to do). Empty when it names no side, no fear, no condition and nobody it is about.
     */
    Optional<FollowUp> readLeniently(Utterance said) {
        EnumSet<ContextCue> found = cues.found(cues.read(said));
        List<String> conditions = found.contains(ContextCue.CONDITION) ? cues.conditions(said) : List.of();
        Optional<Aspect> aspect = strongestAspect(cues.read(said))
                .or(() -> cues.asksWhichDoctor(said) ? Optional.of(Aspect.WHEN_DOCTOR) : Optional.empty())
                .or(() -> cues.asksWhetherItIs(said) ? Optional.of(Aspect.DIFFERENCE) : Optional.empty())
                .or(() -> cues.sideByRun(said))
                .or(() -> cues.asksWhatItIsByRun(said) ? Optional.of(Aspect.WHAT_IS) : Optional.empty())
                .or(() -> conditions.isEmpty() ? Optional.empty() : Optional.of(Aspect.IS_DANGEROUS));
        // "а после родов это проходит?": naming no side, it may still name whom it is about.
        Optional<FollowUp.Audience> audience = audience(found);
        if (aspect.isEmpty() && audience.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FollowUp(aspect, false, audience, found.contains(ContextCue.FEAR), conditions));
    }

    private static Optional<FollowUp.Audience> audience(EnumSet<ContextCue> found) {
        return found.contains(ContextCue.CHILD) ? Optional.of(FollowUp.Audience.CHILDREN)
                : found.contains(ContextCue.PREGNANCY) ? Optional.of(FollowUp.Audience.PREGNANCY) : Optional.empty();
    }

    /** True when the message asks something: a question mark, or a question word first, second or last ("это что"). */
    boolean isQuestion(Utterance said) {
        return said.raw().contains("?") || (!said.isEmpty() && cues.isQuestionWord(said.token(0)))
                || (said.size() > 1 && cues.isQuestionWord(said.token(1)))
                || (!said.isEmpty() && cues.isQuestionWord(said.token(said.size() - 1)));
    }

    /**
     * True when the message asks something anywhere near its start: a question ({@link #isQuestion}),
     * or a question word among its first words ("мне 44 если что. это что за болячка").
     */
    boolean asks(Utterance said) {
        if (isQuestion(said)) {
            return true;
        }
        for (int i = 0; i < Math.min(said.size(), ASKING_WITHIN); i++) {
            if (cues.isQuestionWord(said.token(i))) {
                return true;
            }
        }
        return false;
    }

    /** How many words of the message are neither cues nor glue: the words that could name a new subject. */
    int subjectWords(Utterance said) {
        return (int) cues.read(said).stream().filter(Objects::isNull).count();
    }

    /**
     * How many words of the message are neither cues nor glue nor words of {@code topic}
     * ({@link TopicWords}): the words that name a subject other than the topic on screen.
     */
    int subjectWordsBeyond(Utterance said, java.util.function.IntPredicate ofTopic) {
        List<ContextCue> words = cues.read(said);
        int beyond = 0;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i) == null && !ofTopic.test(i)) {
                beyond++;
            }
        }
        return beyond;
    }

    /** The words of the message that are follow-up cues or glue ("сколько", "длится", "опасно"), by position. */
    List<Boolean> cueWords(Utterance said) {
        return cues.read(said).stream().map(Objects::nonNull).toList();
    }

    /** True when the message speaks of a child ("дочке 5 лет", "у детей"): who the question is about. */
    boolean namesChild(Utterance said) {
        return cues.found(cues.read(said)).contains(ContextCue.CHILD);
    }

    /** The aspect a whole question asks about, for a new question that the classifier placed. */
    Optional<Aspect> aspectAsked(Utterance said) {
        // A run that asks a cause ("это чисто от стресса?") is read before "это X?" (how to tell it from X).
        return strongestAspect(cues.read(said))
                .or(() -> cues.sideByRun(said))
                .or(() -> cues.asksWhetherItIs(said) ? Optional.of(Aspect.DIFFERENCE) : Optional.empty())
                .or(() -> cues.asksWhatItIsByRun(said) ? Optional.of(Aspect.WHAT_IS) : Optional.empty());
    }

    /**
     * "а это точно не эпилепсия?": only a question whether the thing is not something else, with a "не"
     * among its first words and no other side asked ("это не опасно?") and no choice between two
     * ("это обезвоживание или минералы?").
     */
    boolean asksWhetherItIsNot(Utterance said) {
        return cues.rulesOut(said, NOT_WITHIN) && onlyWhetherItIs(said);
    }

    /** True when the only side a question asks is whether the thing is something ("это эпилепсия?"). */
    boolean onlyWhetherItIs(Utterance said) {
        return strongestAspect(cues.read(said)).isEmpty() && cues.asksWhetherItIs(said);
    }

    private static Optional<Aspect> strongestAspect(EnumSet<ContextCue> found) {
        return ContextCue.ASPECTS_BY_RANK.stream().filter(found::contains).findFirst().flatMap(ContextCue::aspect);
    }

    /**
     * The aspect of the cues in a message, by rank; but a question that opens by asking what to do
     * ("что сделать, пока ждём врача?", "а что с этим делают врачи?") asks that, whoever it names later.
     */
    private static Optional<Aspect> strongestAspect(List<ContextCue> words) {
        for (int i = 0; i < Math.min(words.size(), OPENING_WORDS); i++) {
            if (words.get(i) == ContextCue.WHAT_TO_DO) {
                return ContextCue.WHAT_TO_DO.aspect();
            }
            if (words.get(i) == ContextCue.WHEN_DOCTOR) {
                break; // "к какому врачу и что делать": the doctor is asked first
            }
        }
        EnumSet<ContextCue> found = EnumSet.noneOf(ContextCue.class);
        words.stream().filter(Objects::nonNull).forEach(found::add);
        return strongestAspect(found);
    }
}
