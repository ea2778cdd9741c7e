package ru.sleepbot.dialog;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.Html;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.eval.KindMatch;
import ru.sleepbot.nlu.TextNormalizer;

/**
 * Runs every conversation in src/test/resources/dialogs/*.txt through the real engine.
 *
 * <p>Format, one directive per line:
 * <pre>
 * # a comment (also blank lines)
 * &gt; user line      what the user types. As in `chat`, a line that is the label of a button of
 *                    the latest reply that had buttons (or its number, 1-based) presses that button.
 * &lt; regex          the next reply of the bot to that line; its plain text (tags dropped, as the
 *                    console shows it) must contain a match (case-insensitive, . matches newlines).
 *                    Every reply must be matched: one "&lt;" or "=" per reply, so silence or an
 *                    extra reply fails.
 * = kind | kind      the next reply is of one of these kinds (Reply.kind, as in
 *                    src/test/resources/conversations/: "topic hypnic_jerk causes", "check_question")
 * [buttons: A | B]   the reply just matched has buttons with these labels (others may be there too)
 * [no buttons]       the reply just matched has no buttons
 * ~ wait 31m         the clock moves on (m, h); not a user line, so `chat` ignores it
 * ~ restart          the bot restarts: conversations are lost, the store is kept
 * ~ press DATA       a raw button press with DATA, e.g. a button from an old message
 * </pre>
 * The "&gt;" lines alone, in order, replay in the console chat:
 * {@code grep '^>' FILE | cut -c3- | java -jar target/sleep-bot.jar chat}.
 */
class TranscriptTest {

    private static final Path DIR = Path.of("src/test/resources/dialogs");
    private static final int MAX_BUTTONS = 6;

    @TestFactory
    Stream<DynamicTest> everyTranscriptPlaysAsWritten() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(DIR)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> play(file)));
    }

    private static void play(Path file) throws IOException {
        DialogHarness bot = new DialogHarness();
        TextNormalizer normalizer = new TextNormalizer();
        List<String> lines = Files.readAllLines(file);
        List<Button> lastButtons = List.of();
        List<Reply> pending = new ArrayList<>();
        Reply matched = null;
        String said = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            String where = file.getFileName() + ":" + (n + 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith(">") || line.startsWith("~")) {
                expectNoneLeft(pending, said, where);
                List<Reply> replies;
                if (line.startsWith(">")) {
                    said = line.substring(1).strip();
                    Optional<Button> button = pressed(said, lastButtons, normalizer);
                    replies = button.isPresent() ? bot.press(button.get().encoded()) : bot.say(said);
                } else {
                    said = line;
                    replies = directive(bot, line.substring(1).strip(), where);
                }
                pending = new ArrayList<>(replies);
                replies.forEach(reply -> checkKeyboard(reply, where));
                for (Reply reply : replies) {
                    if (!reply.buttons().isEmpty()) {
                        lastButtons = reply.buttons();
                    }
                }
                matched = null;
            } else if (line.startsWith("<")) {
                if (pending.isEmpty()) {
                    fail(where + ": expected a reply matching " + line + " but the bot said nothing more to: " + said);
                }
                Reply reply = pending.remove(0);
                String text = Html.toPlain(reply.text());
                Pattern pattern = Pattern.compile(line.substring(1).strip(),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
                if (!pattern.matcher(text).find()) {
                    fail(where + ": reply to '" + said + "' does not match /" + pattern + "/:\n" + text);
                }
                matched = reply;
            } else if (line.startsWith("=")) {
                if (pending.isEmpty()) {
                    fail(where + ": expected a reply of kind " + line + " but the bot said nothing more to: " + said);
                }
                Reply reply = pending.remove(0);
                List<String> kinds = java.util.Arrays.stream(line.substring(1).split("\\|")).map(String::strip).toList();
                if (kinds.stream().noneMatch(k -> KindMatch.matches(k, reply.kind()))) {
                    fail(where + ": reply to '" + said + "' is of kind " + reply.kind() + ", not " + kinds + ":\n"
                            + Html.toPlain(reply.text()));
                }
                matched = reply;
            } else if (line.startsWith("[")) {
                checkButtons(line, matched, where);
            } else {
                fail(where + ": cannot read line: " + line);
            }
        }
        expectNoneLeft(pending, said, file.getFileName() + ":end");
    }

    private static List<Reply> directive(DialogHarness bot, String directive, String where) {
        String[] parts = directive.split("\\s+", 2);
        switch (parts[0]) {
            case "wait":
                String amount = parts[1];
                long value = Long.parseLong(amount.substring(0, amount.length() - 1));
                bot.clock.advance(amount.endsWith("h") ? Duration.ofHours(value) : Duration.ofMinutes(value));
                return List.of();
            case "restart":
                bot.restart();
                return List.of();
            case "press":
                return bot.press(parts[1]);
            default:
                fail(where + ": unknown directive " + directive);
                return List.of();
        }
    }

    /** Every reply of every transcript: at most six buttons, no two with the same label or the same action. */
    private static void checkKeyboard(Reply reply, String where) {
        List<Button> buttons = reply.buttons();
        if (buttons.size() > MAX_BUTTONS) {
            fail(where + ": " + buttons.size() + " buttons (at most " + MAX_BUTTONS + "): " + buttons);
        }
        if (buttons.stream().map(Button::label).distinct().count() < buttons.size()
                || buttons.stream().map(Button::data).distinct().count() < buttons.size()) {
            fail(where + ": two buttons say or do the same: " + buttons);
        }
    }

    private static void checkButtons(String line, Reply reply, String where) {
        if (reply == null) {
            fail(where + ": " + line + " must follow a '<' line");
        }
        List<String> labels = reply.buttons().stream().map(Button::label).toList();
        if (line.equals("[no buttons]")) {
            if (!labels.isEmpty()) {
                fail(where + ": expected no buttons, got " + labels);
            }
            return;
        }
        if (!line.startsWith("[buttons:") || !line.endsWith("]")) {
            fail(where + ": cannot read " + line);
        }
        for (String label : line.substring("[buttons:".length(), line.length() - 1).split("\\|")) {
            if (!labels.contains(label.strip())) {
                fail(where + ": no button '" + label.strip() + "' among " + labels);
            }
        }
    }

    private static void expectNoneLeft(List<Reply> pending, String said, String where) {
        if (!pending.isEmpty()) {
            fail(where + ": " + pending.size() + " more repl" + (pending.size() == 1 ? "y" : "ies") + " to '" + said
                    + "' than expected; next: " + Html.toPlain(pending.get(0).text()));
        }
    }

    /** The same rule as the console: a number or a label of the latest buttons is a press. */
    private static Optional<Button> pressed(String typed, List<Button> buttons, TextNormalizer normalizer) {
        if (typed.matches("\\d{1,2}")) {
            int index = Integer.parseInt(typed) - 1;
            return index >= 0 && index < buttons.size() ? Optional.of(buttons.get(index)) : Optional.empty();
        }
        String key = normalizer.normalize(typed);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return buttons.stream().filter(b -> normalizer.normalize(b.label()).equals(key)).findFirst();
    }
}
