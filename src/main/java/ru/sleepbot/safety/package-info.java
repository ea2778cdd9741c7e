/**
 * Triage: every free-text message is read here before anything else and given a level:
 * emergency (call 103/112 now), urgent (the right doctor today or in 1-2 days), medicine risk (a
 * calm reply of its own) or routine. Hand-written rules decide, never a classifier's probability:
 * concepts (words with their negation) and signs (who, what, when) are content in
 * {@code intents/safety/}, documented in its README; the replies are
 * {@code intents/messages/safety.yaml}. The message is read once by the project's
 * {@code nlu.Utterance}; typos, glued and split words, short misheard words and Latin letters are
 * read here ({@link Reader}, {@link WordRepair}); a question asked in advance ("а если она синеть
 * начнёт?") raises no emergency ({@link RuleTriage}). {@link Triage} is the
 * entry, {@link SafetyReplies} the words, {@link TriageEvaluator} the measure ({@code eval safety}).
 */
package ru.sleepbot.safety;
