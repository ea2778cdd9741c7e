package ru.sleepbot.nlu;

/**
 * How well one intent is recognised: precision, recall, F1, how many test messages carry it
 * (support), and the intent its messages were most often mistaken for (empty when never).
 */
public record IntentScore(String intent, double precision, double recall, double f1, int support,
                          String confusedWith, int confusedCount) {
}
