package ru.sleepbot.nlu;

/** Tells which intent of the taxonomy a message is about. Thread-safe. */
public interface IntentClassifier {

    /** Never throws for any text, including empty or very long text. */
    Classification classify(String text);
}
