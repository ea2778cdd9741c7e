package ru.sleepbot.dialog.reminder;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.reminder.ZoneChoices;
import ru.sleepbot.store.UserSettings;
import ru.sleepbot.store.UserStore;

/**
 * The /timezone part of {@link ReminderFeature}: buttons for Russia's zones west to east, a typed
 * "UTC+N" or IANA id, and a clear reply for anything else (the stored zone stays as it was).
 */
final class TimeZoneDialog {

    /** Something meant as an offset inside a sentence: "UTC+5", "gmt -3", "+25". */
    private static final Pattern OFFSET = Pattern.compile("(?:utc|gmt)?\\s*[+\\-−]\\s*\\d{1,2}(?:[:.]\\d{2})?|utc|gmt");

    private final UserStore users;
    private final ReminderTexts texts;

    TimeZoneDialog(UserStore users, ReminderTexts texts) {
        this.users = users;
        this.texts = texts;
    }

    /** Shows the zones and waits for a typed one too, as the menu's text invites. */
    List<Reply> menu(Turn turn) {
        turn.session().open(new ReminderFeature.AwaitingZone());
        ZoneId zone = users.find(turn.chat().id()).map(UserSettings::zone)
                .orElseGet(() -> users.update(turn.chat().id(), u -> u).zone());
        List<Button> buttons = new ArrayList<>();
        for (ZoneChoices.Choice choice : ZoneChoices.RUSSIA) {
            buttons.add(texts.button("zone." + choice.key(), new ButtonData.ZoneSet(choice.key())));
        }
        buttons.add(texts.button("button_zone_other", new ButtonData.ZoneOther()));
        return List.of(Reply.text(texts.text("zone_menu", Map.of("zone", texts.zoneName(zone)))).withButtons(buttons, 2));
    }

    /** The zone buttons; empty for a zone key it does not know (a stale button). */
    Optional<List<Reply>> onButton(Turn turn, ButtonData.Reminder press) {
        if (press instanceof ButtonData.ZoneSet set) {
            return ZoneChoices.byKey(set.zoneKey()).map(choice -> save(turn, choice.zone()));
        }
        if (press instanceof ButtonData.ZoneOther) {
            turn.session().open(new ReminderFeature.AwaitingZone());
            return Optional.of(texts.say("zone_ask"));
        }
        return Optional.of(menu(turn));
    }

    /** The answer to "which zone?" (or a zone named in passing): empty when the text names none. */
    Optional<List<Reply>> onFlowText(Turn turn, String text) {
        if (ZoneChoices.parse(text).isPresent()) {
            return Optional.of(set(turn, text));
        }
        Matcher offset = OFFSET.matcher(text.toLowerCase(Locale.ROOT));
        return offset.find() ? Optional.of(set(turn, offset.group().strip())) : Optional.empty();
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

}
