package ru.sleepbot.nlu;

import java.util.List;
import java.util.Map;

/**
 * What {@code eval} reports: how it was measured, each learner's result (the bot's own first),
 * the bot's scores per writing style, and the messages it got wrong.
 */
public record Evaluation(String method, List<LearnerScore> learners, Map<String, Scores> byStyle, List<Miss> misses) {

    public Evaluation {
        learners = List.copyOf(learners);
        byStyle = Map.copyOf(byStyle);
        misses = List.copyOf(misses);
        if (learners.isEmpty()) {
            throw new IllegalArgumentException("an evaluation needs at least one learner");
        }
    }

    /** The bot's own learner's result. */
    public LearnerScore own() {
        return learners.get(0);
    }
}
