package ru.sleepbot.dialog;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sleepbot.chat.ButtonCodec;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Messages;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.UnderstandingPolicy;
import ru.sleepbot.nlu.Utterance;

/**
 * The pipeline every update goes through, one update at a time per chat: route a command or button
 * to the feature that owns it; read free text once ({@link Utterance}) → guard (triage and the
 * emergency mode it may open: an alarm's reply stands alone) → offer it to the open flow, then to
 * follow-up readers → understand (classifier and {@link UnderstandingPolicy}) → the feature of the
 * intent → replies. A failure is caught here, once, and the user gets a kind reply.
 */
public final class DialogEngine implements Dialog {

    private static final Logger log = LoggerFactory.getLogger(DialogEngine.class);

    /** Telegram's longest message; the guard reads no more than a user can send at once. */
    static final int MAX_GUARDED_CHARS = 4096;
    /** A question is understood from its start; a 10 000-character paste must not cost more. */
    static final int MAX_UNDERSTOOD_CHARS = 1000;

    /** What the engine is built from; {@code fallback} answers what no feature claims or the policy rejects. */
    public record Parts(IntentClassifier classifier, UnderstandingPolicy policy, RussianAnalyzer analyzer,
                        Guard guard, Messages messages, Menus menus, Clock clock, SessionStore sessions,
                        ChatLock lock,
                        List<Feature> features, Feature fallback) {

        public Parts {
            features = List.copyOf(features);
        }
    }

    private final Parts parts;
    private final Map<String, Feature> byCommand;
    private final Map<Class<? extends ButtonData>, Feature> byButton;
    private final Map<String, Feature> byIntent;

    public DialogEngine(Parts parts) {
        this.parts = parts;
        this.byCommand = index(parts.features(), Feature::commands, "command");
        this.byButton = index(parts.features(), Feature::buttons, "button group");
        this.byIntent = index(parts.features(), Feature::intents, "intent");
    }

    /** The commands the features answer, for checking them against the declared command menu. */
    public Set<String> commands() {
        return byCommand.keySet();
    }

    /** Conversations held now (for tests of idle expiry). */
    long sessionCount() {
        return parts.sessions().size();
    }

    @Override
    public List<Outgoing> handle(Incoming incoming) {
        long chatId = incoming.chat().id();
        List<Reply> replies = parts.lock().withLock(chatId, () -> {
            Session session = parts.sessions().load(chatId);
            Turn turn = new Turn(incoming.chat(), session, parts.clock().instant());
            try {
                return afterTurn(turn, route(turn, incoming));
            } catch (RuntimeException e) {
                // The one place an update's failure is logged; the user's text is never logged.
                log.error("update failed for chat {} ({})", chatId, incoming.getClass().getSimpleName(), e);
                return List.of(Reply.text(parts.messages().text("dialog.error")).withKind("error"));
            } finally {
                parts.sessions().save(session);
            }
        });
        return replies.stream().map(reply -> Outgoing.answer(chatId, reply)).toList();
    }

    private List<Reply> route(Turn turn, Incoming incoming) {
        if (incoming instanceof Incoming.Text text) {
            return onText(turn, text.text());
        }
        if (incoming instanceof Incoming.Press press) {
            return onPress(turn, press.data());
        }
        return List.of(Reply.text(parts.messages().text("dialog.unsupported")).withKind("unsupported"));
    }

    private List<Reply> afterTurn(Turn turn, List<Reply> replies) {
        List<Reply> result = replies;
        for (Feature feature : parts.features()) {
            result = feature.afterTurn(turn, result);
        }
        return result;
    }

    private List<Reply> onText(Turn turn, String text) {
        if (text.isBlank()) {
            return List.of(Reply.text(parts.messages().text("dialog.empty")).withKind("out_of_scope"));
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("/")) {
            turn.session().heard();
            return onCommand(turn, trimmed);
        }
        Utterance guarded = parts.analyzer().analyze(cut(trimmed, MAX_GUARDED_CHARS));
        Optional<Guarded> alarm = parts.guard().check(turn, guarded);
        Utterance said = trimmed.length() <= MAX_UNDERSTOOD_CHARS ? guarded
                : parts.analyzer().analyze(cut(trimmed, MAX_UNDERSTOOD_CHARS));
        if (alarm.isPresent()) {
            if (alarm.get().flowFirst()) {
                Optional<List<Reply>> byFlow = openFlowAnswer(turn, said);
                if (byFlow.isPresent()) {
                    return byFlow.get();
                }
            }
            // One triage reply per message: an emergency, a warning sign or a medicine risk is
            // answered on its own, never stacked on a topic answer that may say "it is harmless".
            return alarm.get().replies();
        }
        return understandAndAnswer(turn, said);
    }

    /** The open flow's reply to free text, if a flow is open and takes it. */
    private Optional<List<Reply>> openFlowAnswer(Turn turn, Utterance said) {
        Optional<FlowState> open = turn.session().flow();
        if (open.isPresent()) {
            Optional<Feature> owner = parts.features().stream().filter(f -> f.ownsFlow(open.get())).findFirst();
            if (owner.isPresent()) {
                Optional<List<Reply>> flowReply = owner.get().onFlowText(turn, said);
                if (flowReply.isPresent()) {
                    return Optional.of(understood(turn, flowReply.get()));
                }
            }
        }
        return Optional.empty();
    }

    private List<Reply> understandAndAnswer(Turn turn, Utterance said) {
        // An alarm's messages are not counted: after an emergency, the next question still opens a conversation.
        turn.session().heard();
        Optional<List<Reply>> byFlow = openFlowAnswer(turn, said);
        if (byFlow.isPresent()) {
            return byFlow.get();
        }
        if (said.isEmpty()) {
            return List.of(Reply.text(parts.messages().text("dialog.no_words")).withKind("out_of_scope"));
        }
        for (Feature feature : requestedFirst(said)) {
            Optional<List<Reply>> followUp = feature.onFollowUp(turn, said);
            if (followUp.isPresent()) {
                return understood(turn, followUp.get());
            }
        }
        Classification understood = parts.policy().decide(parts.classifier().classify(said));
        Feature feature = understood.outOfScope() ? parts.fallback()
                : byIntent.getOrDefault(understood.fineIntent(), byIntent.getOrDefault(understood.intent(), parts.fallback()));
        boolean refused = !understood.outOfScope() && feature.refuses(turn, understood, said);
        if (understood.outOfScope() || refused || feature.declines(turn, understood, said)) {
            for (Feature candidate : parts.features()) {
                Optional<List<Reply>> inContext = candidate.onUnplaced(turn, understood, said);
                if (inContext.isPresent()) {
                    return understood(turn, inContext.get());
                }
            }
        }
        if (refused) {
            // Not understood, rather than the refused intent's reply: the fallback says it did not follow.
            return parts.fallback().onIntent(turn, new Classification(Classification.OUT_OF_SCOPE, 0,
                    understood.intent(), understood.confidence(), null), said);
        }
        if (feature == parts.fallback()) {
            return parts.fallback().onIntent(turn, understood, said);
        }
        return understood(turn, feature.onIntent(turn, understood, said));
    }

    /**
     * The features in their order, those the message asks for by words first: "проверь меня
     * пожалуйста" is a request for the check, never a follow-up ("провер" also asks about doctors)
     * of the topic on screen.
     */
    private List<Feature> requestedFirst(Utterance said) {
        List<Feature> asked = new java.util.ArrayList<>();
        List<Feature> others = new java.util.ArrayList<>();
        for (Feature feature : parts.features()) {
            (feature.asksFor(said) ? asked : others).add(feature);
        }
        asked.addAll(others);
        return asked;
    }

    private static List<Reply> understood(Turn turn, List<Reply> replies) {
        turn.session().resetMisses();
        return replies;
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private List<Reply> onCommand(Turn turn, String line) {
        String[] words = line.substring(1).split("\\s+", 2);
        String name = words[0].toLowerCase(Locale.ROOT);
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at); // "/start@DremaBot" in groups
        }
        String argument = words.length > 1 ? words[1].strip() : "";
        // A command is a deliberate step elsewhere (/start, /cancel...): it ends an alarm's follow-ups.
        parts.guard().leave(turn);
        Feature feature = byCommand.get(name);
        if (feature == null) {
            return List.of(Reply.text(parts.messages().text("dialog.unknown_command")).withKind("help"));
        }
        return feature.onCommand(turn, name, argument);
    }

    private List<Reply> onPress(Turn turn, String data) {
        Optional<ButtonData> decoded = ButtonCodec.decode(data);
        Optional<Feature> owner = decoded.flatMap(d -> byButton.entrySet().stream()
                .filter(e -> e.getKey().isInstance(d)).map(Map.Entry::getValue).findFirst());
        if (owner.isEmpty()) {
            // A button of an older version of the bot, or forged data: say so, and show the way on.
            return List.of(parts.menus().withMain(parts.messages().text("dialog.stale_button")).withKind("stale"));
        }
        return owner.get().onButton(turn, decoded.get());
    }

    private static <K> Map<K, Feature> index(List<Feature> features, Function<Feature, Set<K>> keys, String what) {
        Map<K, Feature> map = new HashMap<>();
        for (Feature feature : features) {
            for (K key : keys.apply(feature)) {
                Feature clash = map.put(key, feature);
                if (clash != null) {
                    throw new IllegalArgumentException(what + " '" + key + "' is claimed by both "
                            + clash.getClass().getSimpleName() + " and " + feature.getClass().getSimpleName());
                }
            }
        }
        return Map.copyOf(map);
    }
}
