package ru.sleepbot.dialog.reminder;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.City;
import ru.sleepbot.content.Messages;
import ru.sleepbot.reminder.TimeParser;
import ru.sleepbot.reminder.ZoneChoices;
import ru.sleepbot.store.UserSettings;

/**
 * The reminder dialog's texts (intents/messages/reminder.yaml), each reply with its kind, and how
 * times and zones are shown: a zone always with a city and its UTC offset ("Новосибирск (UTC+7)").
 */
final class ReminderTexts {

    private final Messages messages;
    private final Places places;
    private final Clock clock;

    ReminderTexts(Messages messages, Places places, Clock clock) {
        this.messages = messages;
        this.places = places;
        this.clock = clock;
    }

    String text(String key) {
        return messages.text("reminder." + key);
    }

    String text(String key, Map<String, ?> values) {
        return messages.text("reminder." + key, values);
    }

    List<Reply> say(String key, String kind) {
        return List.of(Reply.text(text(key)).withKind(kind));
    }

    List<Reply> say(String key, Map<String, ?> values, String kind) {
        return List.of(Reply.text(text(key, values)).withKind(kind));
    }

    /** A button whose label is a reminder text (button labels are plain text, never HTML). */
    Button button(String key, ButtonData data) {
        return new Button(text(key), data);
    }

    /** {time} and {zone} of a user's settings. */
    Map<String, Object> values(UserSettings s) {
        return values(s, Optional.empty());
    }

    /** {time} and {zone}, the zone named by the city the user just gave when there is one. */
    Map<String, Object> values(UserSettings s, Optional<City> city) {
        return Map.of("time", s.remindAt() == null ? "—" : TimeParser.format(s.remindAt()),
                "zone", zoneName(s.zone(), city));
    }

    String zoneName(ZoneId zone) {
        return zoneName(zone, Optional.empty());
    }

    /** "Новосибирск (UTC+7)": the city named, else the zone's own label or a city in it, else "UTC+5". */
    String zoneName(ZoneId zone, Optional<City> named) {
        Optional<City> city = named.or(() -> ZoneChoices.keyOf(zone).isPresent() ? Optional.empty() : places.anyIn(zone));
        if (city.isPresent()) {
            return title(city.get().name()) + " (" + offset(zone) + ")";
        }
        return ZoneChoices.keyOf(zone).map(key -> text("zone." + key)).orElseGet(() -> offset(zone));
    }

    /** The kind of a reply that set a time: "reminder_set 22:30 Asia/Novosibirsk". */
    static String setKind(UserSettings s) {
        return "reminder_set " + TimeParser.format(s.remindAt()) + " " + s.zone().getId();
    }

    private String offset(ZoneId zone) {
        ZoneOffset offset = zone.getRules().getOffset(clock.instant());
        return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + (offset.getTotalSeconds() % 3600 == 0
                ? (offset.getTotalSeconds() < 0 ? "-" : "+") + Math.abs(offset.getTotalSeconds() / 3600)
                : offset.getId());
    }

    /** "нижний новгород" → "Нижний Новгород", "ростов-на-дону" → "Ростов-на-Дону". */
    static String title(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (String word : name.split("(?<=[ -])")) {
            String bare = word.replaceAll("[ -]$", "");
            out.append(bare.length() > 2 ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word);
        }
        return out.toString();
    }
}
