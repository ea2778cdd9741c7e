package ru.sleepbot.dialog.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.sleepbot.dialog.DialogHarness;

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

    @ParameterizedTest
    @ValueSource(strings = {"отмени напоминание", "удали напоминалку", "убери напоминания", "стоп напоминания",
        "надоели напоминалки", "отстань со своими напоминаниями", "не надо мне ничего присылать",
        "не хочу больше получать рассылку", "напоминалку вырубай"})
    void everydayWaysToSayStopTurnTheReminderOff(String message) {
        assertThat(intent.read(message)).isInstanceOf(ReminderIntent.Stop.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"напоминай по московскому времени", "по мск пожалуйста", "время у меня местное, не московское"})
    void namingATimeZoneOpensTheZoneChoice(String message) {
        assertThat(intent.read(message)).isInstanceOf(ReminderIntent.Zone.class);
    }

    @Test
    void aTimeWithoutStopWordsStillSetsTheTime() {
        assertThat(intent.read("напоминай в 22:30")).isEqualTo(new ReminderIntent.SetTime(LocalTime.of(22, 30)));
        assertThat(intent.read("включи напоминания снова")).isInstanceOf(ReminderIntent.Resume.class);
    }
}
