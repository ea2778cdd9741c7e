package ru.sleepbot.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.store.prompt.PromptKind;
import ru.sleepbot.store.prompt.PromptStore;
import ru.sleepbot.store.prompt.ScheduledPrompt;

/** The prompts of the {@code prompts} table (the diary's morning check-in and weekly chart), claimed per kind and local day. */
public final class TablePrompts implements PromptSource {

    private final PromptStore store;
    private final PromptSchedule schedule;
    private final PromptWriter writer;

    public TablePrompts(PromptStore store, PromptSchedule schedule, PromptWriter writer) {
        this.store = Objects.requireNonNull(store, "store");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    @Override
    public List<Prompt> due(Instant now, int limit) {
        return store.due(now, limit).stream().<Prompt>map(Due::new).toList();
    }

    private final class Due implements Prompt {

        private final ScheduledPrompt prompt;
        private final LocalDate date;

        Due(ScheduledPrompt prompt) {
            this.prompt = prompt;
            this.date = PromptSchedule.promptDate(prompt.kind(), prompt.nextDueAt(), prompt.zone());
        }

        @Override
        public long chatId() {
            return prompt.chatId();
        }

        @Override
        public PromptKind kind() {
            return prompt.kind();
        }

        @Override
        public Instant dueAt() {
            return prompt.nextDueAt();
        }

        @Override
        public boolean claim(Instant now) {
            Instant next = schedule.next(prompt.withLastPromptDate(date), now);
            return store.claim(prompt.chatId(), prompt.kind(), prompt.nextDueAt(), date, next);
        }

        @Override
        public Optional<Reply> compose() {
            return writer.write(prompt, date);
        }
    }
}
