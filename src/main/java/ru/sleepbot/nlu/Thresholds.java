package ru.sleepbot.nlu;

/** A confidence threshold and clarify margin, as suggested by cross-validation. */
public record Thresholds(double minConfidence, double clarifyMargin) {
}
