package ru.sleepbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A message of an evaluation file with what it should get: the sample (label and its parent), how
 * it is written ({@code style}: query, title, post, chat), whom it is about, and whether it belongs
 * to the calibration split (fits calibration and thresholds) or is scored.
 */
public record LabelledMessage(IntentSample sample, String style, String about, boolean calibration) {

    /** Style and subject of a file that does not give them, and of cross-validation folds. */
    public static final String UNKNOWN = "-";

    public LabelledMessage {
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(about, "about");
    }

    public static LabelledMessage scored(IntentSample sample) {
        return new LabelledMessage(sample, UNKNOWN, UNKNOWN, false);
    }

    /**
     * Parses an evaluation file: {@code label<TAB>text} lines, or
     * {@code label<TAB>split<TAB>style<TAB>about<TAB>text} lines with split {@code calib} or
     * {@code test} (the second column tells them apart; a tab inside a text stays in the text).
     * Blank lines and {@code #} comments are skipped, and so is a header line whose first column
     * is "label" or "intent". {@code parentOf} maps a label to its taxonomy id. A line without a
     * tab is an error that names its number.
     */
    public static List<LabelledMessage> parse(List<String> lines, UnaryOperator<String> parentOf) {
        List<LabelledMessage> parsed = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            String label = columns[0].strip();
            if (label.equalsIgnoreCase("label") || label.equalsIgnoreCase("intent")) {
                continue;
            }
            if (label.isEmpty() || columns.length < 2) {
                throw new IllegalArgumentException("line " + (i + 1)
                        + " is neither label<TAB>text nor label<TAB>split<TAB>style<TAB>about<TAB>text");
            }
            String split = columns[1].strip();
            if (columns.length >= 5 && (split.equals("calib") || split.equals("test"))) {
                String text = String.join("\t", java.util.Arrays.asList(columns).subList(4, columns.length));
                parsed.add(new LabelledMessage(new IntentSample(label, parentOf.apply(label), text),
                        columns[2].strip(), columns[3].strip(), split.equals("calib")));
            } else {
                parsed.add(scored(new IntentSample(label, parentOf.apply(label), line.substring(line.indexOf('\t') + 1))));
            }
        }
        return List.copyOf(parsed);
    }
}
