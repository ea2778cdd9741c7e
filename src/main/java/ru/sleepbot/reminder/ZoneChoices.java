package ru.sleepbot.reminder;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time zones offered as buttons (Russia west to east), and reading a zone the user typed:
 * "UTC+5", "GMT-3", "+5:30", or an IANA id such as "Asia/Kathmandu".
 */
public final class ZoneChoices {

    /** A zone offered as a button: {@code key} names its label (reminder.zone.key) and its button data. */
    public record Choice(String key, ZoneId zone) {
    }

    public static final List<Choice> RUSSIA = List.of(
            new Choice("kaliningrad", ZoneId.of("Europe/Kaliningrad")),
            new Choice("moscow", ZoneId.of("Europe/Moscow")),
            new Choice("samara", ZoneId.of("Europe/Samara")),
            new Choice("yekaterinburg", ZoneId.of("Asia/Yekaterinburg")),
            new Choice("omsk", ZoneId.of("Asia/Omsk")),
            new Choice("novosibirsk", ZoneId.of("Asia/Novosibirsk")),
            new Choice("krasnoyarsk", ZoneId.of("Asia/Krasnoyarsk")),
            new Choice("irkutsk", ZoneId.of("Asia/Irkutsk")),
            new Choice("yakutsk", ZoneId.of("Asia/Yakutsk")),
            new Choice("vladivostok", ZoneId.of("Asia/Vladivostok")),
            new Choice("magadan", ZoneId.of("Asia/Magadan")),
            new Choice("kamchatka", ZoneId.of("Asia/Kamchatka")));

    /** The zones the menu offers as buttons (five, with "another city" six): the rest are typed as a city. */
    public static final List<Choice> MENU = List.of(RUSSIA.get(1), RUSSIA.get(2), RUSSIA.get(3), RUSSIA.get(5),
            RUSSIA.get(9));

    private static final Pattern OFFSET = Pattern.compile(
            "^(?:utc|gmt|мск|utc\\s*/\\s*gmt)?\\s*([+\\-−])\\s*(\\d{1,2})(?:[:.](\\d{2}))?$");

    private ZoneChoices() {
    }

    public static Optional<Choice> byKey(String key) {
        return RUSSIA.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The zone in {@code input}, or empty when it is not one (unknown ids, offsets beyond ±14 h). */
    public static Optional<ZoneId> parse(String input) {
        String text = input.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT).replace(" ", "");
        if (lower.equals("utc") || lower.equals("gmt")) {
            return Optional.of(ZoneOffset.UTC);
        }
        Matcher m = OFFSET.matcher(lower);
        if (m.matches()) {
            int hours = Integer.parseInt(m.group(2));
            int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            int sign = m.group(1).equals("+") ? 1 : -1;
            if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0)) {
                return Optional.empty();
            }
            try {
                if (minutes == 0 && hours > 0 && hours <= 12) {
                    // A whole-hour offset is stored as IANA's fixed zone (Etc/GMT-7 is UTC+7: POSIX's sign).
                    return Optional.of(ZoneId.of("Etc/GMT" + (sign > 0 ? "-" : "+") + hours));
                }
                return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        if (text.contains("/")) {
            try {
                return Optional.of(ZoneId.of(text));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The key of a zone offered as a button, when it is one. */
    public static Optional<String> keyOf(ZoneId zone) {
        return RUSSIA.stream().filter(c -> c.zone().equals(zone)).map(Choice::key).findFirst();
    }

    /** How a zone without a button label is shown: "UTC+05:00" or its IANA id. */
    public static String plainName(ZoneId zone) {
        if (zone instanceof ZoneOffset offset) {
            return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        }
        return zone.getId();
    }
}
