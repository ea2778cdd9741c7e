package ru.sleepbot.dialog.reminder;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Messages;
import ru.sleepbot.reminder.TimeParser;
import ru.sleepbot.reminder.ZoneChoices;
import ru.sleepbot.store.UserSettings;

/** The reminder dialog's texts (intents/messages/reminder.yaml) and how times and zones are shown. */
final class ReminderTexts {

    private final Messages messages;

    ReminderTexts(Messages messages) {
        this.messages = messages;
    }

    String text(String key) {
        return messages.text("reminder." + key);
    }

    String text(String key, Map<String, ?> values) {
        return messages.text("reminder." + key, values);
    }

    List<Reply> say(String key) {
        return List.of(Reply.text(text(key)));
    }

    List<Reply> say(String key, Map<String, ?> values) {
        return List.of(Reply.text(text(key, values)));
    }

    /** A button whose label is a reminder text (button labels are plain text, never HTML). */
    Button button(String key, ButtonData data) {
        return new Button(text(key), data);
    }

    /** {time} and {zone} of a user's settings. */
    Map<String, Object> values(UserSettings s) {
        return Map.of("time", s.remindAt() == null ? "—" : TimeParser.format(s.remindAt()), "zone", zoneName(s.zone()));
    }

    /** "Москва (UTC+3)" for a zone offered as a button, else "UTC+05:00" or the IANA id. */
    String zoneName(ZoneId zone) {
        return ZoneChoices.keyOf(zone).map(key -> text("zone." + key)).orElseGet(() -> ZoneChoices.plainName(zone));
    }
}
