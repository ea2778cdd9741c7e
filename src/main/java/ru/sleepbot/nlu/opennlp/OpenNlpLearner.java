package ru.sleepbot.nlu.opennlp;

import java.util.List;
import java.util.Objects;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.IntentLearner;
import ru.sleepbot.nlu.IntentSample;

/** The bot's own learner: {@link IntentModel} with the given options, reading with the content's cues. */
public record OpenNlpLearner(TrainingOptions options, Cues cues) implements IntentLearner {

    public OpenNlpLearner {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(cues, "cues");
    }

    @Override
    public String name() {
        return "OpenNLP " + options;
    }

    @Override
    public IntentClassifier train(List<IntentSample> samples) {
        return IntentModel.train(samples, cues, options).classifier();
    }

    /**
     * The bot's learner and, for comparison, its maxent without naive Bayes and OpenNLP's other
     * learners with their tuned options.
     */
    public static List<IntentLearner> withAlternatives(Cues cues) {
        TrainingOptions best = TrainingOptions.best();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(best, TrainingOptions.bestUnblended()),
                        java.util.stream.Stream.of(Algorithm.values()).filter(a -> a != best.algorithm())
                                .map(TrainingOptions::tuned))
                .map(o -> (IntentLearner) new OpenNlpLearner(o, cues)).toList();
    }

    /** The bot's learner, then the same without each part of the reading, then without both. */
    public static List<IntentLearner> ablations(Cues cues) {
        TrainingOptions best = TrainingOptions.best();
        return java.util.stream.Stream.of(best, best.without(Reading.SENTENCE_WEIGHTS), best.without(Reading.CONCEPTS),
                        best.without(Reading.SENTENCE_WEIGHTS).without(Reading.CONCEPTS))
                .map(o -> (IntentLearner) new OpenNlpLearner(o, cues)).toList();
    }

    /** A small grid of options for every learner, for {@code eval --tune}. */
    public static List<IntentLearner> grid(Cues cues) {
        List<TrainingOptions> grid = new java.util.ArrayList<>();
        for (int cutoff : new int[] {0, 2}) {
            for (int iterations : new int[] {50, 100, 300}) {
                grid.add(new TrainingOptions(Algorithm.MAXENT, cutoff, iterations));
            }
            for (double l2 : new double[] {0.1, 0.2, 0.5}) {
                grid.add(new TrainingOptions(Algorithm.MAXENT_QN, cutoff, 40, l2));
            }
            grid.add(new TrainingOptions(Algorithm.NAIVE_BAYES, cutoff, 1));
            grid.add(new TrainingOptions(Algorithm.PERCEPTRON, cutoff, 100));
        }
        return grid.stream().map(o -> (IntentLearner) new OpenNlpLearner(o, cues)).toList();
    }
}
