package ru.sleepbot.dialog.diary;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time of the morning question: "7:30", "07.30", "в 8", "8 утра", "в 9 часов". A bare
 * hour is a morning one (the evening reminder reads "в 8" as 20:00; a diary asks in the morning);
 * "вечера" or "дня" after it moves it past noon, for people who sleep by day.
 */
final class MorningTime {

    private static final Pattern CLOCK = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*[:.]\\s*(\\d{2})(?!\\d)");
    private static final Pattern HOUR = Pattern.compile("^(?:в|к|на)?\\s*(\\d{1,2})(?:\\s*(?:час\\S*|ч\\.?))?\\s*(утра|вечера|дня|ночи)?$");

    private MorningTime() {
    }

    static Optional<LocalTime> parse(String input) {
        String text = input.toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
        Matcher m = CLOCK.matcher(text);
        if (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            boolean pm = text.contains("вечер") || text.contains("дня");
            return of(pm && hour < 12 ? hour + 12 : hour, minute);
        }
        m = HOUR.matcher(text);
        if (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            String part = m.group(2);
            boolean pm = "вечера".equals(part) || "дня".equals(part);
            return of(pm && hour < 12 ? hour + 12 : hour, 0);
        }
        return Optional.empty();
    }

    private static Optional<LocalTime> of(int hour, int minute) {
        return hour > 23 || minute > 59 ? Optional.empty() : Optional.of(LocalTime.of(hour, minute));
    }
}
