package ru.sleepbot.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import ru.sleepbot.nlu.Confusion;
import ru.sleepbot.nlu.Evaluation;
import ru.sleepbot.nlu.Fit;
import ru.sleepbot.nlu.IntentSample;
import ru.sleepbot.nlu.IntentScore;
import ru.sleepbot.nlu.LabelledMessage;
import ru.sleepbot.nlu.LearnerScore;
import ru.sleepbot.nlu.Miss;
import ru.sleepbot.nlu.NluSettings;
import ru.sleepbot.nlu.Reliability;
import ru.sleepbot.nlu.Scores;

/** Reads {@code eval}'s labelled file and prints an {@link Evaluation} as plain text tables for people. */
final class EvalReport {

    private EvalReport() {
    }

    /**
     * The labelled file, with each label's parent taken from the content's {@code parent:}. A label
     * the content does not define counts as its own parent, and is named on stderr: until its
     * finer topic is written, the bot cannot answer it and its parent cannot be known.
     */
    static List<LabelledMessage> readData(Path file, List<IntentSample> training) throws IOException {
        Map<String, String> parents = new HashMap<>();
        training.forEach(s -> parents.put(s.intent(), s.parent()));
        List<LabelledMessage> messages = LabelledMessage.parse(Files.readAllLines(file, StandardCharsets.UTF_8),
                label -> parents.getOrDefault(label, label));
        TreeSet<String> unknown = new TreeSet<>();
        messages.forEach(m -> {
            if (!parents.containsKey(m.sample().intent())) {
                unknown.add(m.sample().intent());
            }
        });
        if (!unknown.isEmpty()) {
            System.err.println("labels the content does not define (counted as their own parent): " + unknown);
        }
        return messages;
    }

    static void print(Evaluation evaluation, NluSettings settings, PrintStream out) {
        LearnerScore own = evaluation.own();
        Scores s = own.scores();
        out.println(evaluation.method());
        out.printf(Locale.ROOT, "bot: %s; calibration slope %.3f intercept %.3f; min confidence %.2f; clarify margin %.2f%n",
                own.learner(), settings.calibration().slope(), settings.calibration().intercept(),
                settings.minConfidence(), settings.clarifyMargin());
        printHeadline(s, out);
        printReliability(s.reliability(), out);
        if (!evaluation.byStyle().isEmpty()) {
            out.println();
            out.printf(Locale.ROOT, "%-8s %8s %8s %8s %8s %8s%n", "style", "messages", "parent", "fine", "oos-FA", "ECE");
            evaluation.byStyle().forEach((style, st) -> out.printf(Locale.ROOT, "%-8s %8d %8.3f %8.3f %7.1f%% %8.3f%n",
                    style, st.messages(), st.parentAccuracy(), st.fineAccuracy(), 100 * st.outOfScopeFalseAccept(),
                    st.reliability().expectedCalibrationError()));
        }
        if (own.fit() != null) {
            Fit fit = own.fit();
            out.println();
            out.printf(Locale.ROOT, "fitted on the %d %s: calibration slope %.3f intercept %.3f, "
                    + "NLU_MIN_CONFIDENCE=%.2f NLU_CLARIFY_MARGIN=%.2f%n", fit.messages(), fit.source(), fit.calibration().slope(),
                    fit.calibration().intercept(), fit.thresholds().minConfidence(), fit.thresholds().clarifyMargin());
            out.print("  scored under that fit: ");
            printHeadline(own.fitted(), out);
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
        printLearners(evaluation.learners(), out);
    }

    private static void printHeadline(Scores s, PrintStream out) {
        out.printf(Locale.ROOT, "parent accuracy %.4f  fine accuracy %.4f  macro-F1 %.4f  messages %d  "
                + "(right parent among the best two: %.4f)%n", s.parentAccuracy(), s.fineAccuracy(), s.macroF1(),
                s.messages(), s.topTwoAccuracy());
        out.printf(Locale.ROOT, "out_of_scope false accept %.2f%%  in-scope false reject %.2f%%  "
                + "in-scope answers turned into \"X or Y?\" %.2f%%  expected calibration error %.4f%n",
                100 * s.outOfScopeFalseAccept(), 100 * s.inScopeFalseReject(), 100 * s.clarifyRate(),
                s.reliability().expectedCalibrationError());
    }

    private static void printReliability(Reliability reliability, PrintStream out) {
        out.println();
        out.println("reliability (confidence of the best intent before the threshold, against how often it is right):");
        out.printf(Locale.ROOT, "  %-9s %8s %10s %9s%n", "bin", "messages", "mean conf", "accuracy");
        for (Reliability.Bin b : reliability.bins()) {
            if (b.count() > 0) {
                out.printf(Locale.ROOT, "  %.1f-%.1f   %8d %10.3f %9.3f%n", b.lower(), b.upper(), b.count(),
                        b.meanConfidence(), b.accuracy());
            }
        }
    }

    /**
     * Side by side; with calibration rows, each learner under its own fit, so a peer is judged
     * fairly (cross-validation fits the bot's learner only, so there all are judged unfitted).
     */
    static void printLearners(List<LearnerScore> rows, PrintStream out) {
        boolean fitted = rows.stream().allMatch(r -> r.fitted() != null && Fit.CALIB_ROWS.equals(r.fit().source()));
        out.println("learners" + (fitted ? " (each calibrated and given thresholds on the calib rows)"
                : " (the bot's under its configured policy, any other without a threshold)") + ":");
        out.printf(Locale.ROOT, "%-44s %8s %8s %8s %8s %8s %8s%n", "learner", "parent", "fine", "oos-FA", "in-FR",
                "ECE", "train-ms");
        for (LearnerScore a : rows) {
            Scores s = fitted ? a.fitted() : a.scores();
            out.printf(Locale.ROOT, "%-44s %8.4f %8.4f %7.2f%% %7.2f%% %8.4f %8d%n", a.learner(), s.parentAccuracy(),
                    s.fineAccuracy(), 100 * s.outOfScopeFalseAccept(), 100 * s.inScopeFalseReject(),
                    s.reliability().expectedCalibrationError(), a.trainMillis());
        }
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
}
