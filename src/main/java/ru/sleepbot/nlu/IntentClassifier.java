package ru.sleepbot.nlu;

/**
 * Tells which intent of the taxonomy a message is about: the model's raw ranking, before any
 * threshold ({@link UnderstandingPolicy} decides what the bot does with it). Thread-safe.
 */
public interface IntentClassifier {

    /** Never throws, for any message, including empty or very long ones. */
    Classification classify(Utterance utterance);
}
