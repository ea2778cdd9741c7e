package ru.sleepbot.nlu;

import java.util.List;

/**
 * What {@code eval} reports: how it was measured, the scores of the configured model, the
 * thresholds cross-validation suggests (null when scoring a file) and the learners side by side.
 */
public record Evaluation(String method, String options, Scores scores, Thresholds suggested,
                         List<AlgorithmScore> algorithms) {

    public Evaluation {
        algorithms = List.copyOf(algorithms);
    }
}
