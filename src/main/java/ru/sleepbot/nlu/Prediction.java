package ru.sleepbot.nlu;

import java.util.Objects;

/** The model's ranking of one labelled message, kept so thresholds can be tried on it afterwards. */
record Prediction(String truth, String text, Ranking ranking) {

    Prediction {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ranking, "ranking");
    }
}
