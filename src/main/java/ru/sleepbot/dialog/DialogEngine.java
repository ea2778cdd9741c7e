package ru.sleepbot.dialog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Messages;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.IntentClassifier;

/**
 * The pipeline every update goes through: guard → understand → decide (route to the one
 * {@link Feature} that owns the command, button, open flow or intent) → replies. Updates of one
 * chat are handled one at a time; a failure is caught here, once, and the user gets a kind reply.
 */
public final class DialogEngine implements Dialog {

    private static final Logger log = LoggerFactory.getLogger(DialogEngine.class);

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

    /**
     * @param fallback answers intents no feature claims (out_of_scope and anything unknown)
     */
    DialogEngine(IntentClassifier classifier, SafetyGuard guard, Messages messages, Clock clock,
                 SessionSettings sessionSettings, List<Feature> features, Feature fallback) {
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
        Session session = sessions.of(chatId);
        List<Reply> replies;
        synchronized (session) {
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

    /** Drops the in-memory session of a chat (the user asked to be forgotten). */
    void forgetSession(long chatId) {
        sessions.forget(chatId);
    }

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
        Optional<Reply> warning = guard.check(trimmed);
        List<Reply> answer = understandAndAnswer(turn, trimmed);
        if (warning.isEmpty()) {
            return answer;
        }
        List<Reply> all = new ArrayList<>(answer.size() + 1);
        all.add(warning.get());
        all.addAll(answer);
        return all;
    }

    private List<Reply> understandAndAnswer(Turn turn, String text) {
        Optional<FlowState> open = turn.session().flow();
        if (open.isPresent()) {
            Optional<Feature> owner = features.stream().filter(f -> f.ownsFlow(open.get())).findFirst();
            if (owner.isPresent()) {
                Optional<List<Reply>> flowReply = owner.get().onFlowText(turn, text);
                if (flowReply.isPresent()) {
                    return flowReply.get();
                }
            }
        }
        Classification understood = classifier.classify(text);
        Feature feature = byIntent.getOrDefault(understood.fineIntent(),
                byIntent.getOrDefault(understood.intent(), fallback));
        return feature.onIntent(turn, understood, text);
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
