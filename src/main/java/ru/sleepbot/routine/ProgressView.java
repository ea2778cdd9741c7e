package ru.sleepbot.routine;

import ru.sleepbot.chat.Reply;

/**
 * Renders a routine's progress as the message the bot sends when the timer moves on by itself:
 * the next step, or the question that ends the routine. Supplied by the dialog, which renders the
 * same progress the same way when the user presses a button.
 */
@FunctionalInterface
public interface ProgressView {

    Reply render(Progress progress);
}
