package ru.sleepbot.nlu.opennlp;

/**
 * The parts of how a message is read that can be switched off, so that {@code eval --ablations}
 * measures what each one brings. The bot's model reads with all of them.
 */
public enum Reading {
    /** Sentences weighed by what they do (question, symptom, background, courtesy). */
    SENTENCE_WEIGHTS,
    /** The concepts of the content's lexicon as features. */
    CONCEPTS
}
