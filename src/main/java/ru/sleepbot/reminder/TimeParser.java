package ru.sleepbot.reminder;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reminder time from what a user typed: "22:15", "22.15", "в 22", "напомни в 22 15",
 * "в десять вечера", "в половине одиннадцатого" (an evening bot: "half past ten" means 22:30).
 * A time written the 24-hour way stays as written ("01:48" is 01:48); an hour said alone from 6 to
 * 11 ("в 11", "в десять") is taken as evening unless "утра" says otherwise; "9:30 вечера" is 21:30.
 */
public final class TimeParser {

    /** What the text held: a valid time, something that looks like a time but is impossible, or nothing. */
    public sealed interface Result permits Valid, Invalid, Absent {
    }

    public record Valid(LocalTime time) implements Result {
    }

    /** "25:99": the user clearly meant a time, so they get a reply explaining the format. */
    public record Invalid(String fragment) implements Result {
    }

    public record Absent() implements Result {
    }

    private static final Pattern CLOCK = Pattern.compile("(?<![\\d])(\\d{1,2})\\s*[:.\\-]\\s*(\\d{1,2})(?![\\d])");
    private static final Pattern SPACED = Pattern.compile("(?:^|\\s)(?:в|на|к)\\s+(\\d{1,2})\\s+(\\d{2})(?![\\d])");
    /** "в 4 месяца", "на 3 дня": a number followed by a unit is not an hour. */
    private static final String NOT_A_UNIT = "(?!\\s*(?:мес|год|лет|дн|сут|нед|раз|мин|сек|кг|см|мг|таб|кап|%|град))";
    private static final Pattern HOUR = Pattern.compile("(?:^|\\s)(?:в|на|к)\\s+(\\d{1,3})(?![\\d:.])" + NOT_A_UNIT);
    private static final Pattern BARE = Pattern.compile("^\\s*(\\d{1,3})\\s*$");
    /** "вечера", "вечером" after a time; "каждый вечер" alone does not make "01:48" a pm time. */
    private static final Pattern EVENING = Pattern.compile("\\d\\s*(?:ч\\S*\\s*)?вечер|вечер\\S*\\s+в\\s+\\d{1,2}(?![:.\\d])");
    private static final Pattern HALF = Pattern.compile("(?:пол|половин[аеуы]\\s*)\\s*([а-я]+ого)");

    /** Cardinal hours as words, one to twelve. */
    private static final List<String> CARDINALS = List.of("один", "два", "три", "четыре", "пять", "шесть",
            "семь", "восемь", "девять", "десять", "одиннадцать", "двенадцать");
    /** Ordinals in the genitive, as in "половина одиннадцатого" (first to twelfth). */
    private static final List<String> ORDINALS = List.of("первого", "второго", "третьего", "четвертого", "пятого",
            "шестого", "седьмого", "восьмого", "девятого", "десятого", "одиннадцатого", "двенадцатого");

    private TimeParser() {
    }

    public static Result parse(String input) {
        String text = input.toLowerCase(Locale.ROOT).replace('ё', 'е');
        boolean evening = EVENING.matcher(text).find();
        boolean morning = text.contains("утр");
        Matcher m = CLOCK.matcher(text);
        if (m.find() || (m = SPACED.matcher(text)).find()) {
            // "01:48" with its leading zero is a 24-hour time; "9:30 вечера" and "каждый вечер в 10:30"
            // are evening ones.
            int hour = Integer.parseInt(m.group(1));
            boolean shift = !m.group(1).startsWith("0") && !morning
                    && (evening || text.contains("вечер") && hour >= 5);
            return of(m.group(0).strip(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), shift);
        }
        m = HOUR.matcher(text);
        if (m.find() || (m = BARE.matcher(text)).find()) {
            int hour = Integer.parseInt(m.group(1));
            boolean shift = !morning && !m.group(1).startsWith("0") && (evening || hour >= 6);
            return of(m.group(1), hour, 0, shift);
        }
        m = HALF.matcher(text);
        if (m.find()) {
            int next = ORDINALS.indexOf(m.group(1)) + 1;
            if (next > 0) {
                // "половина одиннадцатого" is 10:30; said to an evening bot, 22:30.
                return of(m.group(0), eveningHour(next - 1 == 0 ? 12 : next - 1), 30, false);
            }
        }
        for (int i = CARDINALS.size() - 1; i >= 0; i--) {
            if (Pattern.compile("(?:^|\\s)(?:в|на|к)\\s+" + CARDINALS.get(i) + "(?:\\s|$)" + NOT_A_UNIT).matcher(text).find()) {
                return of(CARDINALS.get(i), eveningHour(i + 1), 0, false);
            }
        }
        return new Absent();
    }

    private static Result of(String fragment, int hour, int minute, boolean evening) {
        if (hour > 23 || minute > 59) {
            return new Invalid(fragment);
        }
        int h = evening && hour < 12 ? hour + 12 : hour;
        return new Valid(LocalTime.of(h, minute));
    }

    /** Hours said in words are taken as evening ones from six to eleven ("в десять" = 22:00). */
    private static int eveningHour(int hour) {
        return hour >= 6 && hour <= 11 ? hour + 12 : hour == 12 ? 0 : hour;
    }

    /** For replies: "22:05". */
    public static String format(LocalTime time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }
}
