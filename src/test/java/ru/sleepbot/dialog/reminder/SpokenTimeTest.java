package ru.sleepbot.dialog.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Said;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.reminder.TimeParser;

class SpokenTimeTest {

    private final SpokenTime spoken = new SpokenTime(DialogHarness.CONTENT.lexicon());
    private final ReminderIntent intent = new ReminderIntent(DialogHarness.CONTENT.lexicon(),
            new Places(DialogHarness.CONTENT.cities(), new RussianAnalyzer(new TextNormalizer())));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "давай в полдесятого|21:30",
        "в пол-одиннадцатого|22:30",
        "в пол одиннадцатого|22:30",
        "половина двенадцатого|23:30",
        "в полпервого|00:30",
        "без четверти одиннадцать|22:45",
        "без десяти 11|22:50",
        "без пятнадцати десять|21:45",
        "четверть одиннадцатого|22:15",
        "в десять тридцать|22:30",
        "в одиннадцать сорок пять|23:45",
        "в 10 с половиной|22:30",
        "в полночь|00:00",
        "полвосьмого утра|07:30",
        "в 22:30|22:30",
        "каждый вечер в 01:48|01:48"})
    void everydayWordsForATimeAreReadAsTheClockTime(String said, String time) {
        assertThat(spoken.time(said)).isEqualTo(new TimeParser.Valid(LocalTime.parse(time)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "не, в 11 поздно, давай в полдесятого|21:30",
        "в 10, а не в 11|22:00",
        "не в 23:00 а в 22:30|22:30",
        "с 22:00 на 23:00 перенеси лучше на 22:15|22:15",
        "хотя нет, мне бы на 23:30, в 11 я ещё на созвоне|23:30"})
    void ofSeveralTimesTheLastOneNotTakenBackIsMeant(String said, String time) {
        assertThat(spoken.time(said)).isEqualTo(new TimeParser.Valid(LocalTime.parse(time)));
    }

    @Test
    void aTimeWithItsEveningSaidAfterACommaStaysEvening() {
        assertThat(spoken.time("в 9:30, вечера")).isEqualTo(new TimeParser.Valid(LocalTime.of(21, 30)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "сдвинь на полчаса|30",
        "на полчаса позже|30",
        "давай на пол часа пораньше|-30",
        "на час раньше|-60",
        "перенеси на 15 минут позже|15",
        "на два часа попозже|120",
        "сдвинь на двадцать минут раньше|-20"})
    void aShiftOfTheTimeSetIsReadWithItsDirection(String said, int minutes) {
        assertThat(spoken.shift(said)).contains(Duration.ofMinutes(minutes));
    }

    @Test
    void aDurationWithoutADirectionOrAVerbOfMovingIsNoShift() {
        assertThat(spoken.shift("сплю по полчаса")).isEmpty();
        assertThat(spoken.shift("сдвинь на 23:30")).isEmpty();
    }

    @Test
    void aTimeAskedForWithMneByIsSetEvenAfterAQuestion() {
        assertThat(intent.read(Said.of("есть тут напоминалка? мне бы на 23:30")))
                .isEqualTo(new ReminderIntent.SetTime(LocalTime.of(23, 30), Optional.empty()));
    }

    @Test
    void askingWhetherAPausedReminderComesBackByItselfAsksWhatIsSet() {
        assertThat(intent.read(Said.of("а после паузы оно само снова заработает?")))
                .isEqualTo(new ReminderIntent.Status(true)); // a question about the pause does not pause
        assertThat(intent.read(Said.of("а потом оно само снова заработает?"))).isEqualTo(new ReminderIntent.Status(true));
    }

    @Test
    void aPauseForDaysSaidInWordsIsAPauseNotAStop() {
        assertThat(intent.read(Said.of("на три дня отключи, еду в командировку")))
                .isEqualTo(new ReminderIntent.Pause(Optional.of(3)));
        assertThat(intent.read(Said.of("следующие два дня не присылай")))
                .isEqualTo(new ReminderIntent.Pause(Optional.of(2)));
    }

    @Test
    void askingWhetherItSwitchesOnByItselfDoesNotSwitchItOn() {
        assertThat(intent.read(Said.of("а потом оно само включится?"))).isEqualTo(new ReminderIntent.Status(true));
    }

    @Test
    void aStopWordBeforeAQuestionAboutThePlaceIsNoStop() {
        assertThat(intent.read(Said.of("стоп, оно же по московскому у тебя? я уже месяц в екб живу")))
                .isNotInstanceOf(ReminderIntent.Stop.class);
    }
}
