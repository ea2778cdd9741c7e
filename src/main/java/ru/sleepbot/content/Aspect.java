package ru.sleepbot.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A follow-up side of a topic that has its own section of text. */
public enum Aspect {
    @JsonProperty("what_is") WHAT_IS("what_is"),
    @JsonProperty("causes") CAUSES("causes"),
    @JsonProperty("is_dangerous") IS_DANGEROUS("is_dangerous"),
    @JsonProperty("what_to_do") WHAT_TO_DO("what_to_do"),
    @JsonProperty("when_doctor") WHEN_DOCTOR("when_doctor"),
    @JsonProperty("children") CHILDREN("children"),
    /** How to tell it from something that looks alike (a seizure, cramps, restless legs...). */
    @JsonProperty("difference") DIFFERENCE("difference");

    private final String key;

    Aspect(String key) {
        this.key = key;
    }

    /** The name used in content files and button data. */
    public String key() {
        return key;
    }

    public static java.util.Optional<Aspect> fromKey(String key) {
        for (Aspect aspect : values()) {
            if (aspect.key.equals(key)) {
                return java.util.Optional.of(aspect);
            }
        }
        return java.util.Optional.empty();
    }
}
