package ru.sleepbot.reminder;

import java.time.LocalDate;
import java.util.Optional;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.store.prompt.ScheduledPrompt;

/** Writes the message of a claimed prompt of the {@code prompts} table (the diary supplies it). */
@FunctionalInterface
public interface PromptWriter {

    /**
     * @param date the local date the prompt was claimed for (the morning, or the week's Sunday)
     * @return the message, or empty when there is nothing worth sending
     */
    Optional<Reply> write(ScheduledPrompt prompt, LocalDate date);
}
