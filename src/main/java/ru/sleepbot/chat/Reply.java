package ru.sleepbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of the bot: text in Telegram's HTML subset (dynamic parts already escaped with
 * {@link Html#escape}), rows of inline buttons, and optionally a file (a chart, a PDF) whose
 * caption the text is. {@code kind} says what sort of reply it is ("topic insomnia what_to_do",
 * "reminder_set 22:30 Asia/Novosibirsk", "emergency"): never shown, it lets conversations be
 * checked by meaning rather than wording ({@code eval --dialogs}, {@code chat --json}).
 */
public record Reply(String text, List<List<Button>> keyboard, Attachment attachment, String kind) {

    public Reply {
        Objects.requireNonNull(text, "text");
        keyboard = keyboard == null ? List.of() : keyboard.stream().map(List::copyOf).toList();
    }

    public Reply(String text, List<List<Button>> keyboard) {
        this(text, keyboard, null, null);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of());
    }

    /** A picture or document with {@code caption} as its text. */
    public static Reply file(Attachment attachment, String caption) {
        return new Reply(caption, List.of(), Objects.requireNonNull(attachment, "attachment"), null);
    }

    /** A copy that says what sort of reply it is (see the class comment). */
    public Reply withKind(String value) {
        return new Reply(text, keyboard, attachment, value);
    }

    public Optional<String> kindOf() {
        return Optional.ofNullable(kind);
    }

    public Optional<Attachment> file() {
        return Optional.ofNullable(attachment);
    }

    /** A copy with one more row of buttons under the existing ones. */
    public Reply withRow(List<Button> row) {
        if (row.isEmpty()) {
            return this;
        }
        List<List<Button>> rows = new ArrayList<>(keyboard);
        rows.add(row);
        return new Reply(text, rows, attachment, kind);
    }

    /** A copy with the buttons laid out {@code perRow} to a row. */
    public Reply withButtons(List<Button> buttons, int perRow) {
        Reply result = this;
        for (int i = 0; i < buttons.size(); i += perRow) {
            result = result.withRow(buttons.subList(i, Math.min(buttons.size(), i + perRow)));
        }
        return result;
    }

    /** Every button, row after row. */
    public List<Button> buttons() {
        return keyboard.stream().flatMap(List::stream).toList();
    }
}
