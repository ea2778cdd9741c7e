package ru.sleepbot.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import ru.sleepbot.dialog.eval.Conversation;
import ru.sleepbot.dialog.eval.ConversationEvaluator;

/**
 * {@code eval --dialogs DIR}: plays every conversation in DIR through the production dialog (the
 * trained model, the real features) over a throw-away in-memory database, and prints the share of
 * turns answered with the right kind of reply, the feature requests answered "not my topic", and
 * every turn that went wrong.
 */
final class DialogsEvaluation {

    private DialogsEvaluation() {
    }

    static int run(Settings settings, Path folder, PrintStream out) throws IOException {
        List<Conversation> conversations = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                conversations.add(Conversation.read(file));
            }
        }
        Settings throwAway = settings.withDatabaseUrl("jdbc:h2:mem:eval-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ConversationEvaluator.Report report;
        try (Bot bot = Bot.start(throwAway, message -> { })) {
            report = ConversationEvaluator.evaluate(bot.dialog(), conversations);
        }
        out.printf(Locale.ROOT, "%d conversations, %d turns: %d right (%.3f); feature requests answered 'not my topic': %d%n",
                conversations.size(), report.turns().size(), report.right(), report.share(), report.featuresRefused());
        report.turns().stream().filter(t -> !t.right()).forEach(t -> out.printf("%s:%d\t%s%n\texpected %s%n\tgot %s%n",
                t.conversation(), t.line(), t.said(), t.expected(), t.got()));
        return 0;
    }
}
