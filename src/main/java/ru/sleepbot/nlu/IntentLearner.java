package ru.sleepbot.nlu;

import java.util.List;

/**
 * Something that learns an {@link IntentClassifier} from labelled samples: the bot's own model, or a
 * peer put beside it by {@code eval --peer}. The evaluator knows learners only through this.
 */
public interface IntentLearner {

    /** A short description for reports: the learner and its options. */
    String name();

    /** Trains on the samples in the order given; the classifier's confidences are not yet calibrated. */
    IntentClassifier train(List<IntentSample> samples);
}
