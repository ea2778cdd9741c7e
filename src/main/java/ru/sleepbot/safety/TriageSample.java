package ru.sleepbot.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One line of a triage table: the level and sign a message must get, and the message. */
public record TriageSample(Level level, String sign, String text) {

    public TriageSample {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(sign, "sign");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Reads {@code level<TAB>sign<TAB>text} lines; blank lines and lines starting with "#" are
     * skipped. A malformed line is an error naming its number (never its text: tables may be
     * held out).
     */
    public static List<TriageSample> parse(List<String> lines) {
        List<TriageSample> samples = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            if (parts.length < 3 || parts[2].isBlank()) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not level<TAB>sign<TAB>text");
            }
            samples.add(new TriageSample(Level.fromKey(parts[0].strip()), parts[1].strip(), parts[2]));
        }
        return samples;
    }
}
