package ru.sleepbot.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import ru.sleepbot.dialog.eval.Conversation;
import ru.sleepbot.dialog.eval.ConversationEvaluator;
import ru.sleepbot.time.MutableClock;

/**
 * {@code eval --dialogs DIR}: plays every conversation in DIR through the production dialog (the
 * trained model, the real features) over a throw-away in-memory database, and prints the share of
 * turns answered with the right kind of reply, the feature requests answered "not my topic", and
 * every turn that went wrong. The dialog's clock starts at the instant given ({@code --clock}; now
 * without it) and moves {@link #TURN_STEP} before every message, so a run with {@code --clock} plays
 * every time the same (time of day, the emergency hold, reminder times).
 */
final class DialogsEvaluation {

    /** Time between two messages of a conversation, about what a person takes to read and type. */
    static final Duration TURN_STEP = Duration.ofSeconds(30);

    private DialogsEvaluation() {
    }

    static int run(Settings settings, Path folder, Instant start, PrintStream out) throws IOException {
        List<Conversation> conversations = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                conversations.add(Conversation.read(file));
            }
        }
        // A throw-away database: the conversations must not meet what an earlier run stored.
        Path scratch = Files.createTempDirectory("sleep-bot-eval");
        Settings throwAway = settings.withDatabaseUrl("jdbc:sqlite:" + scratch.resolve("eval.db"));
        ConversationEvaluator.Report report;
        MutableClock clock = new MutableClock(start);
        try (Bot bot = Bot.start(throwAway, message -> { }, clock)) {
            report = ConversationEvaluator.evaluate(bot.dialog(), conversations, () -> clock.advance(TURN_STEP));
        } finally {
            try (Stream<Path> left = Files.walk(scratch)) {
                left.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.printf(Locale.ROOT, "%d conversations, %d turns: %d right (%.3f); feature requests answered 'not my topic': %d%n",
                conversations.size(), report.turns().size(), report.right(), report.share(), report.featuresRefused());
        report.turns().stream().filter(t -> !t.right()).forEach(t -> out.printf("%s:%d\t%s%n\texpected %s%n\tgot %s%n",
                t.conversation(), t.line(), t.said(), t.expected(), t.got()));
        return 0;
    }
}
