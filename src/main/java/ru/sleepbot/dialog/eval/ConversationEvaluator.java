package ru.sleepbot.dialog.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ru.sleepbot.chat.ChatRef;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.Dialog;

/**
 * Plays conversations through a dialog, each in a chat of its own, and scores every turn by the
 * kinds of the replies it got ({@link KindMatch}): the share of turns answered right, and how
 * often a message that names one of the bot's features was answered "not my topic".
 */
public final class ConversationEvaluator {

    /** Kinds that mean the user asked for a feature of the bot. */
    static final Set<String> FEATURE_KINDS = Set.of("privacy", "forget_ask", "forget_done", "check_question",
            "check_summary", "check_stopped", "routine_list", "routine_step", "routine_stopped", "reminder_set",
            "reminder_ask", "reminder_status", "reminder_off", "reminder_on", "reminder_pause", "zone_set", "zone_ask",
            "help", "start", "diary_intro", "diary_menu", "diary_ask", "diary_pick_day", "diary_chart",
            "diary_chart_empty", "diary_insights", "diary_report", "diary_report_empty", "diary_export",
            "diary_export_empty", "diary_stopped", "diary_private_only");

    /** What one turn got. */
    public record TurnResult(String conversation, int line, String said, List<String> expected, List<String> got,
                             boolean right, boolean featureRefused) {
    }

    /** All turns, in order. */
    public record Report(List<TurnResult> turns) {

        public Report {
            turns = List.copyOf(turns);
        }

        public long right() {
            return turns.stream().filter(TurnResult::right).count();
        }

        public double share() {
            return turns.isEmpty() ? 0 : (double) right() / turns.size();
        }

        /** Turns naming a feature that got "not my topic". */
        public long featuresRefused() {
            return turns.stream().filter(TurnResult::featureRefused).count();
        }
    }

    private ConversationEvaluator() {
    }

    public static Report evaluate(Dialog dialog, List<Conversation> conversations) {
        return evaluate(dialog, conversations, () -> { });
    }

    /**
     * Plays the conversations, running {@code beforeTurn} before every message: moving a
     * {@link ru.sleepbot.time.MutableClock} there gives each turn an instant of its own, as a person
     * typing would, and the same instants on every run.
     */
    public static Report evaluate(Dialog dialog, List<Conversation> conversations, Runnable beforeTurn) {
        List<TurnResult> results = new ArrayList<>();
        long chat = 1_000_000;
        for (Conversation conversation : conversations) {
            ChatRef ref = ChatRef.privateChat(chat++);
            for (Conversation.Turn turn : conversation.turns()) {
                beforeTurn.run();
                List<Reply> replies = dialog.handle(new Incoming.Text(ref, turn.said())).stream()
                        .map(Outgoing::reply).toList();
                if (turn.expected().isEmpty()) {
                    continue;
                }
                List<String> got = replies.stream().map(r -> r.kind() == null ? "?" : r.kind()).toList();
                boolean right = KindMatch.anyMatches(turn.expected(), replies);
                boolean feature = turn.expected().stream().allMatch(e -> FEATURE_KINDS.contains(e.split("\\s+")[0]));
                boolean refused = feature && got.contains("out_of_scope");
                results.add(new TurnResult(conversation.name(), turn.line(), turn.said(), turn.expected(), got, right,
                        refused));
            }
        }
        return new Report(results);
    }
}
