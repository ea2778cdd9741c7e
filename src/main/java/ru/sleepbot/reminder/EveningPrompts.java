package ru.sleepbot.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.store.DueReminder;
import ru.sleepbot.store.ReminderStore;
import ru.sleepbot.store.UserSettings;
import ru.sleepbot.store.prompt.PromptKind;

/** The evening wind-down prompt and its 15-minute snooze, due and claimed in the users table. */
public final class EveningPrompts implements PromptSource {

    private final ReminderStore store;
    private final ReminderSchedule schedule;
    private final PromptComposer composer;

    public EveningPrompts(ReminderStore store, ReminderSchedule schedule, PromptComposer composer) {
        this.store = Objects.requireNonNull(store, "store");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.composer = Objects.requireNonNull(composer, "composer");
    }

    @Override
    public List<Prompt> due(Instant now, int limit) {
        return store.due(now, limit).stream().<Prompt>map(Evening::new).toList();
    }

    private final class Evening implements Prompt {

        private final DueReminder due;

        Evening(DueReminder due) {
            this.due = due;
        }

        @Override
        public long chatId() {
            return due.settings().chatId();
        }

        @Override
        public PromptKind kind() {
            return PromptKind.EVENING;
        }

        @Override
        public Instant dueAt() {
            return due.dueAt();
        }

        @Override
        public boolean claim(Instant now) {
            UserSettings s = due.settings();
            if (due.snoozed()) {
                return store.claimSnooze(s.chatId(), s.snoozedUntil(), schedule.next(s.withSnoozedUntil(null), now));
            }
            LocalDate date = ReminderSchedule.promptDate(due.dueAt(), s.zone());
            return store.claimEvening(s.chatId(), due.dueAt(), date, schedule.next(s.withLastPromptDate(date), now));
        }

        @Override
        public Optional<Reply> compose() {
            return Optional.of(composer.prompt(due.settings(), due.snoozed()));
        }
    }
}
