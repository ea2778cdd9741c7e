package ru.sleepbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeParserTest {

    private static LocalTime valid(String text) {
        TimeParser.Result r = TimeParser.parse(text);
        assertThat(r).as(text).isInstanceOf(TimeParser.Valid.class);
        return ((TimeParser.Valid) r).time();
    }

    @Test
    void readsClockTimesInTheUsualSpellings() {
        assertThat(valid("22:15")).isEqualTo(LocalTime.of(22, 15));
        assertThat(valid("напомни в 22.15")).isEqualTo(LocalTime.of(22, 15));
        assertThat(valid("в 22 15")).isEqualTo(LocalTime.of(22, 15));
        assertThat(valid("напомни в 22")).isEqualTo(LocalTime.of(22, 0));
        assertThat(valid("перенеси на 21:00")).isEqualTo(LocalTime.of(21, 0));
        assertThat(valid("0:05")).isEqualTo(LocalTime.of(0, 5));
        assertThat(valid("в 10 вечера")).isEqualTo(LocalTime.of(22, 0));
    }

    @Test
    void readsHoursInWordsAsEveningOnes() {
        assertThat(valid("в половине одиннадцатого")).isEqualTo(LocalTime.of(22, 30));
        assertThat(valid("перенеси на полдесятого")).isEqualTo(LocalTime.of(21, 30));
        assertThat(valid("напомни в десять вечера")).isEqualTo(LocalTime.of(22, 0));
        assertThat(valid("в одиннадцать")).isEqualTo(LocalTime.of(23, 0));
    }

    @Test
    void keepsATwentyFourHourTimeAsWrittenAndTakesABareEveningHourAsEvening() {
        assertThat(valid("каждый вечер в 01:48")).isEqualTo(LocalTime.of(1, 48));
        assertThat(valid("напоминай в 00:30")).isEqualTo(LocalTime.of(0, 30));
        assertThat(valid("в 11")).isEqualTo(LocalTime.of(23, 0));
        assertThat(valid("давай в 9 утра")).isEqualTo(LocalTime.of(9, 0));
        assertThat(valid("каждый вечер в 10:30")).isEqualTo(LocalTime.of(22, 30));
        assertThat(valid("в 9:30 вечера")).isEqualTo(LocalTime.of(21, 30));
    }

    @Test
    void flagsImpossibleTimesAndIgnoresTextWithoutOne() {
        assertThat(TimeParser.parse("25:99")).isEqualTo(new TimeParser.Invalid("25:99"));
        assertThat(TimeParser.parse("в 24:30")).isInstanceOf(TimeParser.Invalid.class);
        assertThat(TimeParser.parse("22:75")).isInstanceOf(TimeParser.Invalid.class);
        assertThat(TimeParser.parse("не присылай больше")).isInstanceOf(TimeParser.Absent.class);
        assertThat(TimeParser.parse("")).isInstanceOf(TimeParser.Absent.class);
    }

    @Test
    void readsZonesAsOffsetsOrIanaIds() {
        assertThat(ZoneChoices.parse("UTC+5")).contains(ZoneId.of("Etc/GMT-5"));
        assertThat(ZoneChoices.parse("gmt -3")).contains(ZoneId.of("Etc/GMT+3"));
        assertThat(ZoneChoices.parse("+5:45")).contains(ZoneOffset.ofHoursMinutes(5, 45));
        assertThat(ZoneChoices.parse("UTC")).contains(ZoneOffset.UTC);
        assertThat(ZoneChoices.parse("Asia/Kathmandu")).contains(ZoneId.of("Asia/Kathmandu"));
        assertThat(ZoneChoices.parse("UTC+15")).isEmpty();
        assertThat(ZoneChoices.parse("Mars/Olympus")).isEmpty();
        assertThat(ZoneChoices.parse("Москва")).isEmpty();
        assertThat(ZoneChoices.plainName(ZoneOffset.ofHours(5))).isEqualTo("UTC+05:00");
    }
}
