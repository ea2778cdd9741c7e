package ru.sleepbot.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a topic is to the dialog, declared in its YAML ({@code flags: [symptom, disclaimer]}). */
public enum TopicFlag {
    /** About symptoms a person may have: when they describe their own, the answer offers the symptom check. */
    @JsonProperty("symptom") SYMPTOM,
    /** The answer carries the short "I am not a doctor" disclaimer. */
    @JsonProperty("disclaimer") DISCLAIMER,
    /** Where "а у детей?" leads when the current topic has no section about children. */
    @JsonProperty("children_home") CHILDREN_HOME,
    /** Where "а при беременности?" leads. */
    @JsonProperty("pregnancy_home") PREGNANCY_HOME,
    /** The answer offers to start an evening routine. */
    @JsonProperty("offers_routine") OFFERS_ROUTINE
}
