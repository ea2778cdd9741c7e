package ru.sleepbot.nlu;

import java.util.List;

/**
 * What {@code eval} reports: how it was measured, the scores of the configured model, the
 * thresholds cross-validation suggests (null when scoring a file), the learners side by side and
 * the messages the configured model got wrong.
 */
public record Evaluation(String method, String options, Scores scores, Thresholds suggested,
                         List<AlgorithmScore> algorithms, List<Miss> misses) {

    public Evaluation {
        algorithms = List.copyOf(algorithms);
        misses = List.copyOf(misses);
    }
}
