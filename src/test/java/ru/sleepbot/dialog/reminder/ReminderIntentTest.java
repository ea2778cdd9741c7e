package ru.sleepbot.dialog.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Said;
import ru.sleepbot.nlu.TextNormalizer;

class ReminderIntentTest {

    private final ReminderIntent intent = new ReminderIntent(DialogHarness.CONTENT.lexicon(),
            new Places(DialogHarness.CONTENT.cities(), new RussianAnalyzer(new TextNormalizer())));

    @Test
    void notTodaySkipsOneEvening() {
        assertThat(intent.read(Said.of("не напоминай сегодня"))).isInstanceOf(ReminderIntent.SkipToday.class);
    }

    @Test
    void todayWithATimeSetsTheTimeEvenWhenAWordEndsInNe() {
        // "мне" ends in "не": only the word "не" makes it a skip.
        assertThat(intent.read(Said.of("напомни мне сегодня в 22:00")))
                .isEqualTo(new ReminderIntent.SetTime(LocalTime.of(22, 0), Optional.empty()));
    }

    @Test
    void stopAndPauseAreToldApart() {
        assertThat(intent.read(Said.of("не присылай больше"))).isInstanceOf(ReminderIntent.Stop.class);
        assertThat(intent.read(Said.of("поставь на паузу"))).isInstanceOf(ReminderIntent.Pause.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"отмени напоминание", "удали напоминалку", "убери напоминания", "стоп напоминания",
        "надоели напоминалки", "отстань со своими напоминаниями", "не надо мне ничего присылать",
        "не хочу больше получать рассылку", "напоминалку вырубай"})
    void everydayWaysToSayStopTurnTheReminderOff(String message) {
        assertThat(intent.read(Said.of(message))).isInstanceOf(ReminderIntent.Stop.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"напоминай по московскому времени", "по мск пожалуйста", "время у меня местное, не московское"})
    void namingATimeZoneOpensTheZoneChoice(String message) {
        assertThat(intent.read(Said.of(message))).isInstanceOf(ReminderIntent.Zone.class);
    }

    @Test
    void aTimeWithoutStopWordsStillSetsTheTime() {
        assertThat(intent.read(Said.of("напоминай в 22:30"))).isEqualTo(new ReminderIntent.SetTime(LocalTime.of(22, 30), Optional.empty()));
        assertThat(intent.read(Said.of("включи напоминания снова"))).isInstanceOf(ReminderIntent.Resume.class);
    }

    @Test
    void aQuestionWithATimeAsksWhatIsSet() {
        assertThat(intent.read(Said.of("а придёт ровно в 22 или позже?"))).isEqualTo(new ReminderIntent.Status(true));
    }

    @Test
    void aReflexiveVerbAboutSleepDoesNotNameTheReminder() {
        // "удалилось?" asks what became of the reminder only in a message about it.
        assertThat(intent.read(Said.of("режим совсем сбился, как перестроиться?")))
                .isEqualTo(new ReminderIntent.Status(false));
    }

    @Test
    void switchingVerbsAreToldFromBareStopWords() {
        assertThat(intent.switches(Said.of("выключи их пока, уезжаю"))).isTrue();
        assertThat(intent.switches(Said.of("вруби назад"))).isTrue();
        assertThat(intent.switches(Said.of("хватит, не надо"))).isFalse();
        assertThat(intent.read(Said.of("вруби назад"))).isInstanceOf(ReminderIntent.Resume.class);
    }

    @Test
    void askingWhetherTheBotCanRemindOpensTheMenu() {
        assertThat(intent.read(Said.of("а вы можете напоминать?"))).isInstanceOf(ReminderIntent.Menu.class);
    }

    @Test
    void aStopForSomeDaysIsAPause() {
        assertThat(intent.read(Said.of("не напоминай неделю"))).isEqualTo(new ReminderIntent.Pause(Optional.of(7)));
        assertThat(intent.read(Said.of("отключи на 2 дня"))).isEqualTo(new ReminderIntent.Pause(Optional.of(2)));
        assertThat(intent.read(Said.of("отключи совсем"))).isInstanceOf(ReminderIntent.Stop.class);
    }

    @Test
    void aMessageOnlyAboutWhereOneIsHoldsAtMostTheCityBesideItsGlue() {
        assertThat(intent.onlyAboutPlace(Said.of("я вообще в омске живу"))).isTrue();
        assertThat(intent.onlyAboutPlace(Said.of("у меня новосибирск, а не москва"))).isTrue();
        assertThat(intent.onlyAboutPlace(Said.of("utc+7"))).isTrue();
        assertThat(intent.onlyAboutPlace(Said.of("я из москвы, мне 40, дёргаюсь"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"а засыпать в 23 это для взрослого человека не поздно вообще?",
        "после 12 часов на ногах дёргаюсь при засыпании, это нормально?"})
    void aQuestionAboutHoursOfSleepOrWorkIsNotAboutTheReminder(String question) {
        assertThat(intent.read(Said.of(question))).isEqualTo(new ReminderIntent.Status(false));
    }

    @Test
    void eveningsAheadAreSkippedNotStopped() {
        assertThat(intent.read(Said.of("в эти выходные не присылай"))).isEqualTo(new ReminderIntent.SkipAhead(true));
        assertThat(intent.read(Said.of("на выходных пауза"))).isEqualTo(new ReminderIntent.SkipAhead(true));
        assertThat(intent.read(Said.of("завтра не надо"))).isEqualTo(new ReminderIntent.SkipAhead(false));
        assertThat(intent.read(Said.of("не напоминай до завтра"))).isInstanceOf(ReminderIntent.SkipToday.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"верни как было, без него я в 3 засыпаю", "сделай как раньше"})
    void asItWasIsAResumeEvenWithAnHourGivenAsTheReason(String wish) {
        assertThat(intent.read(Said.of(wish))).isInstanceOf(ReminderIntent.Resume.class);
    }

    @Test
    void aPlaceSaidAfterAQuestionIsWhereThePersonIs() {
        ReminderIntent.Action action = intent.read(Said.of("это по московскому? я живу в омске"));
        assertThat(action).isInstanceOf(ReminderIntent.Zone.class);
        assertThat(((ReminderIntent.Zone) action).place()).get().isInstanceOfSatisfying(ReminderIntent.Known.class,
                known -> assertThat(known.zone().getId()).isEqualTo("Asia/Omsk"));
    }
}
