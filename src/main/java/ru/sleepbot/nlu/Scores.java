package ru.sleepbot.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Quality of the bot's decisions on labelled messages under one understanding policy.
 *
 * @param parentAccuracy        share of messages whose decided taxonomy id is the labelled one's
 *                              (a finer label counts by its parent)
 * @param fineAccuracy          share whose decided finer intent is the label itself
 * @param topTwoAccuracy        share whose taxonomy id is the answer or its runner-up: what
 *                              "вы про X или про Y?" can reach at best
 * @param outOfScopeFalseAccept share of out_of_scope messages that got an in-scope intent
 * @param inScopeFalseReject    share of in-scope messages that were called out_of_scope
 * @param clarifyRate           share of in-scope answers the dialog would turn into "X or Y?"
 * @param reliability           calibration of the confidences, before the policy's threshold
 */
public record Scores(int messages, double parentAccuracy, double fineAccuracy, double topTwoAccuracy, double macroF1,
                     double outOfScopeFalseAccept, double inScopeFalseReject, double clarifyRate,
                     Reliability reliability, List<IntentScore> perIntent, List<Confusion> topConfusions) {

    /** How many of the most frequent confusions are kept for the report. */
    static final int TOP_CONFUSIONS = 20;

    public Scores {
        perIntent = List.copyOf(perIntent);
        topConfusions = List.copyOf(topConfusions);
    }

    static Scores of(List<Prediction> predictions, UnderstandingPolicy policy) {
        Map<String, Integer> truePositive = new HashMap<>();
        Map<String, Integer> predicted = new HashMap<>();
        Map<String, Integer> support = new TreeMap<>();
        Map<String, Map<String, Integer>> confusions = new HashMap<>();
        int correct = 0;
        int fine = 0;
        int topTwo = 0;
        int oos = 0;
        int oosAccepted = 0;
        int inScope = 0;
        int inScopeRejected = 0;
        int answered = 0;
        int clarified = 0;
        for (Prediction p : predictions) {
            Classification decided = policy.decide(p.raw());
            String truth = p.truth();
            String guess = decided.intent();
            support.merge(truth, 1, Integer::sum);
            predicted.merge(guess, 1, Integer::sum);
            topTwo += truth.equals(guess) || truth.equals(decided.runnerUp()) ? 1 : 0;
            fine += p.fineTruth().equals(decided.fineIntent()) ? 1 : 0;
            if (truth.equals(guess)) {
                correct++;
                truePositive.merge(truth, 1, Integer::sum);
            } else {
                confusions.computeIfAbsent(truth, t -> new HashMap<>()).merge(guess, 1, Integer::sum);
            }
            if (Classification.OUT_OF_SCOPE.equals(truth)) {
                oos++;
                oosAccepted += decided.outOfScope() ? 0 : 1;
            } else {
                inScope++;
                inScopeRejected += decided.outOfScope() ? 1 : 0;
            }
            if (!decided.outOfScope()) {
                answered++;
                clarified += policy.unsure(decided) ? 1 : 0;
            }
        }
        List<IntentScore> perIntent = new ArrayList<>();
        double f1Sum = 0;
        for (String intent : new TreeSet<>(support.keySet())) {
            int tp = truePositive.getOrDefault(intent, 0);
            double precision = ratio(tp, predicted.getOrDefault(intent, 0));
            double recall = ratio(tp, support.get(intent));
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            f1Sum += f1;
            Map.Entry<String, Integer> top = mostFrequent(confusions.getOrDefault(intent, Map.of()));
            perIntent.add(new IntentScore(intent, precision, recall, f1, support.get(intent),
                    top == null ? "" : top.getKey(), top == null ? 0 : top.getValue()));
        }
        List<Confusion> top = new ArrayList<>();
        new TreeMap<>(confusions).forEach((truth, wrong) -> new TreeMap<>(wrong).forEach(
                (predictedAs, count) -> top.add(new Confusion(truth, predictedAs, count))));
        top.sort(Comparator.comparingInt(Confusion::count).reversed());
        int n = predictions.size();
        return new Scores(n, ratio(correct, n), ratio(fine, n), ratio(topTwo, n),
                support.isEmpty() ? 0 : f1Sum / support.size(), ratio(oosAccepted, oos), ratio(inScopeRejected, inScope),
                ratio(clarified, answered), Reliability.of(predictions), perIntent,
                top.subList(0, Math.min(TOP_CONFUSIONS, top.size())));
    }

    /** The most frequent wrong intent; on a tie the alphabetically first, so reports repeat. */
    private static Map.Entry<String, Integer> mostFrequent(Map<String, Integer> counts) {
        Map.Entry<String, Integer> top = null;
        for (Map.Entry<String, Integer> entry : new TreeMap<>(counts).entrySet()) {
            if (top == null || entry.getValue() > top.getValue()) {
                top = entry;
            }
        }
        return top;
    }

    /**
     * The messages whose decided finer intent is not their label (a wrong taxonomy id is always
     * that too), grouped by label, in input order within a label.
     */
    static List<Miss> misses(List<Prediction> predictions, UnderstandingPolicy policy) {
        List<Miss> misses = new ArrayList<>();
        for (Prediction p : predictions) {
            Classification decided = policy.decide(p.raw());
            if (!p.fineTruth().equals(decided.fineIntent())) {
                misses.add(new Miss(p.fineTruth(), decided.fineIntent(), decided.confidence(), decided.runnerUp(),
                        p.message().sample().text()));
            }
        }
        misses.sort(Comparator.comparing(Miss::truth));
        return misses;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
