package ru.sleepbot.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Routine;
import ru.sleepbot.store.UserSettings;

/**
 * Writes an evening prompt: a short text picked from several variants (so evenings do not read
 * the same), a button for the favourite routine (or the first one), one to choose another, and
 * the 15-minute snooze. Texts live in intents/messages/reminder.yaml.
 */
public final class PromptComposer {

    /** Button data the routine feature answers: start one routine, or list them all. */
    private final KnowledgeBase content;
    private final RandomGenerator random;

    public PromptComposer(KnowledgeBase content, RandomGenerator random) {
        this.content = Objects.requireNonNull(content, "content");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** @param again true for a snoozed prompt coming back */
    public Reply prompt(UserSettings settings, boolean again) {
        String text = content.messages().pick(again ? "reminder.prompt_again" : "reminder.prompt", random);
        List<Button> buttons = new ArrayList<>();
        Routine offered = favourite(settings);
        if (offered != null) {
            buttons.add(new Button(content.messages().text("reminder.button_start").replace("{title}", offered.title()),
                    new ButtonData.RoutineStart(offered.id())));
        }
        buttons.add(new Button(content.messages().text("reminder.button_choose"), new ButtonData.RoutineList()));
        buttons.add(new Button(content.messages().text("reminder.button_snooze"), new ButtonData.ReminderSnooze()));
        return Reply.text(text).withButtons(buttons, 1);
    }

    private Routine favourite(UserSettings settings) {
        if (settings.favouriteRoutine() != null) {
            Routine chosen = content.routine(settings.favouriteRoutine()).orElse(null);
            if (chosen != null) {
                return chosen;
            }
        }
        List<Routine> all = content.routines();
        return all.isEmpty() ? null : all.get(0);
    }
}
