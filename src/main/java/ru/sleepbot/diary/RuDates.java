package ru.sleepbot.diary;

import java.time.LocalDate;
import java.util.List;
import ru.sleepbot.chat.Html;
import ru.sleepbot.content.Messages;

/**
 * Dates as the diary writes them in Russian: "26 ноября", "20–26 ноября", "пн". The names of
 * months (genitive) and weekdays are content ({@code diary.months}, {@code diary.weekdays}).
 */
public final class RuDates {

    private final List<String> months;
    private final List<String> weekdays;

    public RuDates(Messages messages) {
        this.months = messages.variants("diary.months").stream().map(Html::toPlain).toList();
        this.weekdays = messages.variants("diary.weekdays").stream().map(Html::toPlain).toList();
        if (months.size() != 12 || weekdays.size() != 7) {
            throw new IllegalStateException("diary.months needs 12 names and diary.weekdays 7");
        }
    }

    /** "26 ноября". */
    public String day(LocalDate date) {
        return date.getDayOfMonth() + " " + months.get(date.getMonthValue() - 1);
    }

    /** "пн" for a Monday. */
    public String weekday(LocalDate date) {
        return weekdays.get(date.getDayOfWeek().getValue() - 1);
    }

    /** "пн, 24 ноября". */
    public String dayWithWeekday(LocalDate date) {
        return weekday(date) + ", " + day(date);
    }

    /** "20–26 ноября", or "28 октября – 26 ноября" across months, or with the year across years. */
    public String period(LocalDate from, LocalDate to) {
        if (from.getYear() != to.getYear()) {
            return day(from) + " " + from.getYear() + " – " + day(to) + " " + to.getYear();
        }
        if (from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + "–" + day(to);
        }
        return day(from) + " – " + day(to);
    }

    /** "24.11" for tables and buttons. */
    public static String numeric(LocalDate date) {
        return String.format("%02d.%02d", date.getDayOfMonth(), date.getMonthValue());
    }
}
