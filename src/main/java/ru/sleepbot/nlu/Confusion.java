package ru.sleepbot.nlu;

/** How many messages of intent {@code truth} were answered as {@code predicted}. */
public record Confusion(String truth, String predicted, int count) {
}
