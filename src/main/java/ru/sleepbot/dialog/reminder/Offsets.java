package ru.sleepbot.dialog.reminder;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sleepbot.content.City;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.reminder.ZoneChoices;

/**
 * Offsets said in words ("мск+4", "UTC+7", "gmt -3") and the city whose zone a user most likely
 * means by one (intents/lexicon/reminder.yaml, {@code offset_city}): "мск+4" is the time of
 * Novosibirsk, so the reminder follows a real zone and the confirmation names a city.
 */
final class Offsets {

    /** "мск+4", "мск -1": an offset from Moscow time (UTC+3). */
    private static final Pattern MOSCOW_OFFSET = Pattern.compile("мск\\s*([+\\-−])\\s*(\\d{1,2})");
    /** "utc+7", "gmt -3", "UTC +05:30". */
    private static final Pattern UTC_OFFSET = Pattern.compile("(?:utc|gmt)[^\\d+\\-−]{0,12}([+\\-−])\\s*(\\d{1,2})(?:[:.](\\d{2}))?");
    private static final int MOSCOW_HOURS = 3;

    private final Map<ZoneOffset, City> cities = new HashMap<>();

    Offsets(Lexicon lexicon, Places places) {
        for (String entry : lexicon.words("reminder.offset_city")) {
            int colon = entry.indexOf(':');
            ZoneOffset offset = ZoneOffset.ofHours(Integer.parseInt(entry.substring(0, colon).replace("+", "")));
            // A city the content does not list (a lexicon tried without the cities) leaves the offset as said.
            places.named(entry.substring(colon + 1)).ifPresent(city -> cities.put(offset, city));
        }
    }

    /** The zone of an offset in the (lower-case) text, if it names one. */
    static Optional<ZoneId> in(String text) {
        Matcher moscow = MOSCOW_OFFSET.matcher(text);
        if (moscow.find()) {
            int hours = MOSCOW_HOURS + sign(moscow.group(1)) * Integer.parseInt(moscow.group(2));
            return ZoneChoices.parse("UTC" + (hours < 0 ? "-" : "+") + Math.abs(hours));
        }
        Matcher utc = UTC_OFFSET.matcher(text);
        if (utc.find()) {
            String minutes = utc.group(3) == null ? "" : ":" + utc.group(3);
            return ZoneChoices.parse("UTC" + (sign(utc.group(1)) < 0 ? "-" : "+") + utc.group(2) + minutes);
        }
        return Optional.empty();
    }

    /** "мск+4" and "UTC+7" are zones, not times: the time parser must not read "+4" or "7". */
    static String without(String text) {
        return UTC_OFFSET.matcher(MOSCOW_OFFSET.matcher(text).replaceAll(" ")).replaceAll(" ");
    }

    /**
     * The city meant by a bare offset, when its zone has that offset at {@code now}: "UTC+7" is
     * Novosibirsk. Empty for a named zone, or an offset no listed city has (UTC-5).
     */
    Optional<City> cityOf(ZoneId zone, Instant now) {
        if (!(zone.normalized() instanceof ZoneOffset offset)) {
            return Optional.empty();
        }
        return Optional.ofNullable(cities.get(offset)).filter(c -> c.zoneId().getRules().getOffset(now).equals(offset));
    }

    private static int sign(String symbol) {
        return symbol.equals("+") ? 1 : -1;
    }
}
