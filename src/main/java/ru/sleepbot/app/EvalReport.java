package ru.sleepbot.app;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.sleepbot.nlu.AlgorithmScore;
import ru.sleepbot.nlu.Confusion;
import ru.sleepbot.nlu.Evaluation;
import ru.sleepbot.nlu.IntentScore;
import ru.sleepbot.nlu.Miss;
import ru.sleepbot.nlu.Scores;

/** Prints an {@link Evaluation} as plain text tables for people. */
final class EvalReport {

    private EvalReport() {
    }

    static void print(Evaluation evaluation, PrintStream out) {
        Scores s = evaluation.scores();
        out.println(evaluation.method());
        out.println("model: " + evaluation.options() + ", min confidence " + s.minConfidence());
        out.printf(Locale.ROOT, "accuracy %.4f  macro-F1 %.4f  messages %d  (right intent among the best two: %.4f)%n",
                s.accuracy(), s.macroF1(), s.messages(), s.topTwoAccuracy());
        out.printf(Locale.ROOT, "out_of_scope false accept %.2f%%  in-scope false reject %.2f%%  "
                + "in-scope answers turned into \"X or Y?\" %.2f%%%n",
                100 * s.outOfScopeFalseAccept(), 100 * s.inScopeFalseReject(), 100 * s.clarifyRate());
        if (evaluation.suggested() != null) {
            out.printf(Locale.ROOT, "suggested by this cross-validation: NLU_MIN_CONFIDENCE=%.2f NLU_CLARIFY_MARGIN=%.2f%n",
                    evaluation.suggested().minConfidence(), evaluation.suggested().clarifyMargin());
        }
        out.println();
        out.printf(Locale.ROOT, "%-22s %9s %7s %7s %7s  %s%n", "intent", "precision", "recall", "F1", "support",
                "most often confused with");
        for (IntentScore i : s.perIntent()) {
            out.printf(Locale.ROOT, "%-22s %9.3f %7.3f %7.3f %7d  %s%n", i.intent(), i.precision(), i.recall(), i.f1(),
                    i.support(), i.confusedWith().isEmpty() ? "-" : i.confusedWith() + " (" + i.confusedCount() + ")");
        }
        out.println();
        out.println("most frequent confusions (intent -> answered as: messages):");
        for (Confusion c : s.topConfusions()) {
            out.printf(Locale.ROOT, "  %-20s -> %-20s %3d%n", c.truth(), c.predicted(), c.count());
        }
        out.println();
        printAlgorithms(evaluation.algorithms(), out);
    }

    /** The misses as tab-separated lines, a header first; tabs and line breaks inside a text become spaces. */
    static List<String> missLines(List<Miss> misses) {
        List<String> lines = new ArrayList<>(misses.size() + 1);
        lines.add("label\tanswered\tconfidence\trunner_up\ttext");
        for (Miss m : misses) {
            lines.add(String.format(Locale.ROOT, "%s\t%s\t%.3f\t%s\t%s", m.truth(), m.answered(), m.confidence(),
                    m.runnerUp(), m.text().replaceAll("[\\t\\r\\n]", " ")));
        }
        return lines;
    }

    static void printAlgorithms(List<AlgorithmScore> rows, PrintStream out) {
        out.printf(Locale.ROOT, "%-40s %8s %8s %8s %8s %10s %10s %8s%n", "learner", "accuracy", "macroF1",
                "oos-FA", "in-FR", "own-thresh", "acc@own", "train-ms");
        for (AlgorithmScore a : rows) {
            out.printf(Locale.ROOT, "%-40s %8.4f %8.4f %7.2f%% %7.2f%% %10.2f %10.4f %8d%n", a.options(), a.accuracy(),
                    a.macroF1(), 100 * a.outOfScopeFalseAccept(), 100 * a.inScopeFalseReject(), a.ownBestThreshold(),
                    a.accuracyAtOwnBest(), a.trainMillis());
        }
    }
}
