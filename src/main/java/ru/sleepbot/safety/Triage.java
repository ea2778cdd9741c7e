package ru.sleepbot.safety;

import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Utterance;

/**
 * Reads every free-text message, before anything else does, for emergencies, warning signs and
 * risky plans with medicines. Hand-written rules over words decide here (content in
 * {@code intents/safety/}), never a classifier's probability. Thread-safe.
 */
public interface Triage {

    /** Reads one message on its own. */
    default Assessment assess(Utterance said) {
        return assess(said, java.util.Set.of());
    }

    /**
     * Reads one message of a conversation: {@code context} holds what earlier messages told
     * ({@link Assessment#remembered()}: whom it is about, a snorer, a new antidepressant...).
     */
    Assessment assess(Utterance said, java.util.Set<String> context);

    /** The triage of the rules in {@code knowledge} ({@code intents/safety/}). */
    static Triage fromContent(KnowledgeBase knowledge, RussianAnalyzer analyzer) {
        return new RuleTriage(RuleBook.load(knowledge), analyzer);
    }
}
