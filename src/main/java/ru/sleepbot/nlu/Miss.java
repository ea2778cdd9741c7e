package ru.sleepbot.nlu;

import java.util.Objects;

/**
 * One message the evaluated model got wrong, for content editors: the intent it is labelled with,
 * what the model decided (after the out_of_scope threshold), how sure it was, and the text.
 */
public record Miss(String truth, String answered, double confidence, String runnerUp, String text) {

    public Miss {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(answered, "answered");
        Objects.requireNonNull(runnerUp, "runnerUp");
        Objects.requireNonNull(text, "text");
    }
}
