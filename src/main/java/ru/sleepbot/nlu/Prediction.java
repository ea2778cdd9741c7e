package ru.sleepbot.nlu;

import java.util.Objects;

/**
 * What a classifier made of one labelled message, before any threshold, kept so that calibration
 * and thresholds can be tried on it afterwards.
 */
record Prediction(LabelledMessage message, Classification raw) {

    Prediction {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(raw, "raw");
    }

    String truth() {
        return message.sample().parent();
    }

    String fineTruth() {
        return message.sample().intent();
    }

    /** The classifier's best intent is the labelled one (by taxonomy id), before any threshold. */
    boolean topIsRight() {
        return raw.intent().equals(truth());
    }

    Prediction calibrated(Calibration calibration) {
        return new Prediction(message, calibration.apply(raw));
    }
}
