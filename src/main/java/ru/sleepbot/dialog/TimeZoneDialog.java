package ru.sleepbot.dialog;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.reminder.ZoneChoices;
import ru.sleepbot.store.UserSettings;
import ru.sleepbot.store.UserStore;

/**
 * The /timezone part of {@link ReminderFeature}: buttons for Russia's zones west to east, a typed
 * "UTC+N" or IANA id, and a clear reply for anything else (the stored zone stays as it was).
 */
final class TimeZoneDialog {

    private final UserStore users;
    private final ReminderTexts texts;

    TimeZoneDialog(UserStore users, ReminderTexts texts) {
        this.users = users;
        this.texts = texts;
    }

    List<Reply> menu(Turn turn) {
        ZoneId zone = users.find(turn.chat().id()).map(UserSettings::zone)
                .orElseGet(() -> users.update(turn.chat().id(), u -> u).zone());
        List<Button> buttons = new ArrayList<>();
        for (ZoneChoices.Choice choice : ZoneChoices.RUSSIA) {
            buttons.add(texts.button("zone." + choice.key(), "tz:set:" + choice.key()));
        }
        buttons.add(texts.button("button_zone_other", "tz:other"));
        return List.of(Reply.text(texts.text("zone_menu", Map.of("zone", texts.zoneName(zone)))).withButtons(buttons, 2));
    }

    /** "tz:menu", "tz:other", "tz:set:&lt;key&gt;"; empty for data it does not know (a stale button). */
    Optional<List<Reply>> onButton(Turn turn, String action, String value) {
        switch (action) {
            case "menu":
                return Optional.of(menu(turn));
            case "other":
                turn.session().open(new ReminderFeature.AwaitingZone());
                return Optional.of(texts.say("zone_ask"));
            case "set":
                return ZoneChoices.byKey(value).map(choice -> save(turn, choice.zone()));
            default:
                return Optional.empty();
        }
    }

    /** The answer to "which zone?": empty when the text is not about a zone at all. */
    Optional<List<Reply>> onFlowText(Turn turn, String text) {
        if (ZoneChoices.parse(text).isPresent() || looksLikeOffset(text)) {
            return Optional.of(set(turn, text));
        }
        return Optional.empty();
    }

    List<Reply> set(Turn turn, String text) {
        Optional<ZoneId> zone = ZoneChoices.parse(text);
        if (zone.isEmpty()) {
            turn.session().open(new ReminderFeature.AwaitingZone());
            return texts.say("zone_bad");
        }
        return save(turn, zone.get());
    }

    private List<Reply> save(Turn turn, ZoneId zone) {
        ReminderFeature.closeOwnFlow(turn);
        UserSettings s = users.update(turn.chat().id(), u -> u.withZone(zone));
        return s.remindAt() == null ? texts.say("zone_set", Map.of("zone", texts.zoneName(zone)))
                : texts.say("zone_set_with_time", texts.values(s));
    }

    private static boolean looksLikeOffset(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("utc") || t.contains("gmt") || t.matches(".*[+\\-−]\\s*\\d.*");
    }
}
