package ru.sleepbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A message with the taxonomy intent it should get: one line {@code label<TAB>text} of a test file. */
public record LabelledText(String label, String text) {

    public LabelledText {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        if (label.isBlank()) {
            throw new IllegalArgumentException("label is blank");
        }
    }

    /**
     * Parses {@code label<TAB>text} lines. Blank lines are skipped, and so is a first line whose
     * label is "label" or "intent" (a header). A line without a tab is an error, with its number.
     */
    public static List<LabelledText> parse(List<String> lines) {
        List<LabelledText> parsed = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not label<TAB>text");
            }
            String label = line.substring(0, tab).strip();
            if (parsed.isEmpty() && (label.equalsIgnoreCase("label") || label.equalsIgnoreCase("intent"))) {
                continue;
            }
            parsed.add(new LabelledText(label, line.substring(tab + 1)));
        }
        return List.copyOf(parsed);
    }
}
