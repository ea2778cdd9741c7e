package ru.sleepbot.dialog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Messages;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.safety.SafetyGuard;

/**
 * The pipeline every update goes through: guard → understand → decide (route to the one
 * {@link Feature} that owns the command, button, open flow or intent) → replies. Updates of one
 * chat are handled one at a time; a failure is caught here, once, and the user gets a kind reply.
 */
public final class DialogEngine implements Dialog {

    private static final Logger log = LoggerFactory.getLogger(DialogEngine.class);

    /** Telegram's longest message; the guard reads no more than a user can send at once. */
    static final int MAX_GUARDED_CHARS = 4096;
    /** A question is understood from its start; a 10 000-character paste must not cost more. */
    static final int MAX_UNDERSTOOD_CHARS = 1000;
    /** Enough stripes that two busy chats rarely share one; a few kilobytes in all. */
    static final int LOCK_STRIPES = 1024;

    private final IntentClassifier classifier;
    private final SafetyGuard guard;
    private final Messages messages;
    private final Clock clock;
    private final Sessions sessions;
    private final List<Feature> features;
    private final Map<String, Feature> byCommand;
    private final Map<String, Feature> byPrefix;
    private final Map<String, Feature> byIntent;
    private final Feature fallback;
    private final UnderstandingPolicy policy;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final Object[] locks = new Object[LOCK_STRIPES];

    DialogEngine(IntentClassifier classifier, SafetyGuard guard, Messages messages, Clock clock,
                 SessionSettings sessionSettings, List<Feature> features, Feature fallback) {
        this(classifier, guard, messages, clock, sessionSettings, UnderstandingPolicy.DEFAULT, features, fallback);
    }

    /**
     * @param fallback answers intents no feature claims, out_of_scope, and whatever the classifier
     *                 is not sure enough about ({@link UnderstandingPolicy#minConfidence()})
     */
    DialogEngine(IntentClassifier classifier, SafetyGuard guard, Messages messages, Clock clock,
                 SessionSettings sessionSettings, UnderstandingPolicy policy, List<Feature> features,
                 Feature fallback) {
        this.policy = policy;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
        this.classifier = classifier;
        this.guard = guard;
        this.messages = messages;
        this.clock = clock;
        this.sessions = new Sessions(sessionSettings, clock);
        this.features = List.copyOf(features);
        this.byCommand = index(features, Feature::commands, "command");
        this.byPrefix = index(features, Feature::buttonPrefixes, "button prefix");
        this.byIntent = index(features, Feature::intents, "intent");
        this.fallback = fallback;
    }

    @Override
    public List<Outgoing> handle(Incoming incoming) {
        long chatId = incoming.chat().id();
        List<Reply> replies;
        synchronized (lockOf(chatId)) {
            Session session = sessions.of(chatId);
            Turn turn = new Turn(incoming.chat(), session, clock.instant());
            try {
                replies = afterTurn(turn, route(turn, incoming));
            } catch (RuntimeException e) {
                // The one place an update's failure is logged; the user's text is never logged.
                log.error("update failed for chat {} ({})", chatId, incoming.getClass().getSimpleName(), e);
                replies = List.of(Reply.text(messages.text("dialog.error")));
            }
        }
        return replies.stream().map(reply -> Outgoing.answer(chatId, reply)).toList();
    }

    /**
     * The lock of a chat: one of a fixed set of stripes, not the session object, so that a session
     * evicted from the cache in the middle of an update cannot let a second update of the same chat
     * run beside it on a fresh session.
     */
    private Object lockOf(long chatId) {
        return locks[Math.floorMod(Long.hashCode(chatId * 0x9E3779B97F4A7C15L), LOCK_STRIPES)];
    }

    private List<Reply> route(Turn turn, Incoming incoming) {
        if (incoming instanceof Incoming.Text text) {
            return onText(turn, text.text());
        }
        if (incoming instanceof Incoming.Press press) {
            return onPress(turn, press.data());
        }
        return List.of(Reply.text(messages.text("dialog.unsupported")));
    }

    private List<Reply> afterTurn(Turn turn, List<Reply> replies) {
        List<Reply> result = replies;
        for (Feature feature : features) {
            result = feature.afterTurn(turn, result);
        }
        return result;
    }

    /** Conversations held in memory now (for tests of idle expiry). */
    long sessionCount() {
        return sessions.size();
    }

    private List<Reply> onText(Turn turn, String text) {
        if (text.isBlank()) {
            return List.of(Reply.text(messages.text("dialog.empty")));
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("/")) {
            return onCommand(turn, trimmed);
        }
        Optional<Reply> warning = guard.check(cut(trimmed, MAX_GUARDED_CHARS));
        Answer answer = understandAndAnswer(turn, cut(trimmed, MAX_UNDERSTOOD_CHARS));
        if (warning.isEmpty()) {
            return answer.replies();
        }
        if (answer.miss()) {
            // The warning is the answer; "I did not understand" under it would only confuse.
            return List.of(warning.get());
        }
        List<Reply> all = new ArrayList<>(answer.replies().size() + 1);
        all.add(warning.get());
        all.addAll(answer.replies());
        return all;
    }

    /** Replies to a free-text message; {@code miss} when only the fallback could answer it. */
    private record Answer(List<Reply> replies, boolean miss) {
    }

    private Answer understandAndAnswer(Turn turn, String text) {
        Optional<FlowState> open = turn.session().flow();
        if (open.isPresent()) {
            Optional<Feature> owner = features.stream().filter(f -> f.ownsFlow(open.get())).findFirst();
            if (owner.isPresent()) {
                Optional<List<Reply>> flowReply = owner.get().onFlowText(turn, text);
                if (flowReply.isPresent()) {
                    return understood(turn, flowReply.get());
                }
            }
        }
        if (normalizer.normalize(text).isEmpty()) {
            return new Answer(List.of(Reply.text(messages.text("dialog.no_words"))), false);
        }
        for (Feature feature : features) {
            Optional<List<Reply>> followUp = feature.onFollowUp(turn, text);
            if (followUp.isPresent()) {
                return understood(turn, followUp.get());
            }
        }
        Classification understood = classifier.classify(text);
        Feature feature = understood.confidence() < policy.minConfidence()
                ? fallback
                : byIntent.getOrDefault(understood.fineIntent(), byIntent.getOrDefault(understood.intent(), fallback));
        if (feature == fallback) {
            return new Answer(fallback.onIntent(turn, understood, text), true);
        }
        return understood(turn, feature.onIntent(turn, understood, text));
    }

    private static Answer understood(Turn turn, List<Reply> replies) {
        turn.session().resetMisses();
        return new Answer(replies, false);
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private List<Reply> onCommand(Turn turn, String line) {
        String[] parts = line.substring(1).split("\\s+", 2);
        String name = parts[0].toLowerCase(Locale.ROOT);
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at); // "/start@DremaBot" in groups
        }
        String argument = parts.length > 1 ? parts[1].strip() : "";
        Feature feature = byCommand.get(name);
        if (feature == null) {
            return List.of(Reply.text(messages.text("dialog.unknown_command")));
        }
        return feature.onCommand(turn, name, argument);
    }

    private List<Reply> onPress(Turn turn, String data) {
        int colon = data.indexOf(':');
        String prefix = colon < 0 ? data : data.substring(0, colon);
        Feature feature = byPrefix.get(prefix);
        if (feature == null) {
            return List.of(Reply.text(messages.text("dialog.stale_button")));
        }
        return feature.onButton(turn, data);
    }

    private static Map<String, Feature> index(List<Feature> features, Function<Feature, Set<String>> keys,
                                              String what) {
        Map<String, Feature> map = new HashMap<>();
        for (Feature feature : features) {
            for (String key : keys.apply(feature)) {
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
