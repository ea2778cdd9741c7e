package ru.sleepbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ReminderIntentTest {

    private final ReminderIntent intent = new ReminderIntent(DialogHarness.CONTENT.lexicon());

    @Test
    void notTodaySkipsOneEvening() {
        assertThat(intent.read("не напоминай сегодня")).isInstanceOf(ReminderIntent.SkipToday.class);
    }

    @Test
    void todayWithATimeSetsTheTimeEvenWhenAWordEndsInNe() {
        // "мне" ends in "не": only the word "не" makes it a skip.
        assertThat(intent.read("напомни мне сегодня в 22:00"))
                .isEqualTo(new ReminderIntent.SetTime(LocalTime.of(22, 0)));
    }

    @Test
    void stopAndPauseAreToldApart() {
        assertThat(intent.read("не присылай больше")).isInstanceOf(ReminderIntent.Stop.class);
        assertThat(intent.read("поставь на паузу")).isInstanceOf(ReminderIntent.Pause.class);
    }
}
