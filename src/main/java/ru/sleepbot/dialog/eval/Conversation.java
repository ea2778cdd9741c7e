package ru.sleepbot.dialog.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A multi-turn conversation written as a person would chat, with the kind of reply each turn
 * should get: a file of {@code > what the user types} lines, each followed by
 * {@code = kind [args] | another kind} (alternatives that would all be right). {@code #} lines are
 * comments. The kinds are those the bot's replies carry ({@code Reply.kind}).
 */
public record Conversation(String name, List<Turn> turns) {

    /** One user message and the kinds of reply that would be right. */
    public record Turn(String said, List<String> expected, int line) {
        public Turn {
            Objects.requireNonNull(said, "said");
            expected = List.copyOf(expected);
        }
    }

    public Conversation {
        Objects.requireNonNull(name, "name");
        turns = List.copyOf(turns);
    }

    public static Conversation read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Turn> turns = new ArrayList<>();
        String said = null;
        int saidLine = 0;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.startsWith(">")) {
                if (said != null) {
                    turns.add(new Turn(said, List.of(), saidLine));
                }
                said = line.substring(1).strip();
                saidLine = n + 1;
            } else if (line.startsWith("=")) {
                if (said == null) {
                    throw new IllegalArgumentException(file.getFileName() + ":" + (n + 1) + ": '=' without a '>' before it");
                }
                List<String> kinds = Arrays.stream(line.substring(1).split("\\|")).map(String::strip)
                        .filter(k -> !k.isEmpty()).toList();
                turns.add(new Turn(said, kinds, saidLine));
                said = null;
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                throw new IllegalArgumentException(file.getFileName() + ":" + (n + 1) + ": cannot read: " + line);
            }
        }
        if (said != null) {
            turns.add(new Turn(said, List.of(), saidLine));
        }
        return new Conversation(file.getFileName().toString(), turns);
    }
}
