package ru.sleepbot.dialog.reminder;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.City;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.nlu.Utterance;
import ru.sleepbot.reminder.ZoneChoices;
import ru.sleepbot.store.UserSettings;
import ru.sleepbot.store.UserStore;

/**
 * The time-zone part of {@link ReminderFeature}: buttons for the most common zones, a city
 * named in words ("я в новосибирске"), an offset ("мск+4", "UTC+7"), a question back when a name
 * fits several cities, and a clear reply for anything else (the stored zone stays as it was).
 */
final class TimeZoneDialog {

    /** At most this many cities are offered when a name fits several; more would be a wall of buttons. */
    static final int MAX_CHOICES = 6;

    private final UserStore users;
    private final ReminderTexts texts;
    private final Places places;
    private final Clock clock;
    private final Offsets offsets;

    TimeZoneDialog(UserStore users, ReminderTexts texts, Places places, Clock clock, Offsets offsets) {
        this.offsets = offsets;
        this.users = users;
        this.texts = texts;
        this.places = places;
        this.clock = clock;
    }

    /** Shows the zones and waits for a typed city or offset too, as the menu's text invites. */
    List<Reply> menu(Turn turn) {
        turn.session().open(new ReminderFeature.AwaitingZone());
        ZoneId zone = users.find(turn.chat().id()).map(UserSettings::zone)
                .orElseGet(() -> users.update(turn.chat().id(), u -> u).zone());
        List<Button> buttons = new ArrayList<>();
        for (ZoneChoices.Choice choice : ZoneChoices.MENU) {
            buttons.add(texts.button("zone." + choice.key(), new ButtonData.ZoneSet(choice.key())));
        }
        buttons.add(texts.button("button_zone_other", new ButtonData.ZoneOther()));
        return List.of(Reply.text(texts.text("zone_menu", Map.of("zone", texts.zoneName(zone))))
                .withButtons(buttons, 2).withKind("zone_ask"));
    }

    /** The zone buttons; empty for a zone or city it does not know (a stale button). */
    Optional<List<Reply>> onButton(Turn turn, ButtonData.Reminder press) {
        if (press instanceof ButtonData.ZoneSet set) {
            return ZoneChoices.byKey(set.zoneKey()).map(choice -> save(turn, choice.zone(), Optional.empty()));
        }
        if (press instanceof ButtonData.ZoneCity pick) {
            return places.at(pick.index()).map(city -> save(turn, city.zoneId(), Optional.of(city)));
        }
        if (press instanceof ButtonData.ZoneOther) {
            turn.session().open(new ReminderFeature.AwaitingZone());
            return Optional.of(texts.say("zone_ask", "zone_ask"));
        }
        return Optional.of(menu(turn));
    }

    /** Where the user said they are: saved, or asked back when the name fits several cities. */
    List<Reply> place(Turn turn, ReminderIntent.Place place) {
        return place(turn, place, false);
    }

    /** {@code forTime}: the place came with a reminder time just set; settling it confirms that reminder. */
    List<Reply> place(Turn turn, ReminderIntent.Place place, boolean forTime) {
        if (place instanceof ReminderIntent.Known said) {
            ReminderIntent.Known known = byCity(turn, said);
            return save(turn, known.zone(), known.city());
        }
        return which(turn, ((ReminderIntent.Ambiguous) place).cities(), forTime);
    }

    /** "/timezone Asia/Kathmandu": an id or offset typed after the command. */
    List<Reply> set(Turn turn, String text) {
        Optional<ZoneId> zone = ZoneChoices.parse(text);
        if (zone.isEmpty()) {
            turn.session().open(new ReminderFeature.AwaitingZone());
            return texts.say("zone_bad", "zone_ask");
        }
        ReminderIntent.Known known = byCity(turn, new ReminderIntent.Known(zone.get(), Optional.empty()));
        return save(turn, known.zone(), known.city());
    }

    /**
     * A bare offset ("мск+4") as the zone of a real city (Novosibirsk), unless the zone already set
     * has that offset now: "омск", then "utc+6" keeps Omsk.
     */
    ReminderIntent.Known byCity(Turn turn, ReminderIntent.Known said) {
        Optional<ZoneId> current = users.find(turn.chat().id()).map(UserSettings::zone);
        if (said.city().isPresent() || current.filter(z -> z.getRules().getOffset(clock.instant())
                .equals(said.zone().normalized())).isPresent()) {
            return said;
        }
        return offsets.cityOf(said.zone(), clock.instant())
                .map(city -> new ReminderIntent.Known(city.zoneId(), Optional.of(city))).orElse(said);
    }

    /** Not a zone, though one was asked for. */
    List<Reply> notAZone(Turn turn) {
        turn.session().open(new ReminderFeature.AwaitingZone());
        return texts.say("zone_bad", "zone_ask");
    }

    /** "Амурская область": the answer to "which of these cities?" names a region. */
    Optional<List<Reply>> pickByRegion(Turn turn, List<Integer> offered, Utterance said) {
        return places.byRegion(offered, said).map(city -> save(turn, city.zoneId(), Optional.of(city)));
    }

    private List<Reply> which(Turn turn, List<City> cities, boolean forTime) {
        turn.session().open(new ReminderFeature.AwaitingZone(cities.stream().limit(MAX_CHOICES).map(places::indexOf).toList(),
                forTime));
        List<Button> buttons = cities.stream().limit(MAX_CHOICES)
                .map(c -> new Button(ReminderTexts.title(c.name()) + (c.region().isEmpty() ? "" : ", " + c.region()),
                        new ButtonData.ZoneCity(places.indexOf(c))))
                .toList();
        return List.of(Reply.text(texts.text("zone_which")).withButtons(buttons, 1).withKind("zone_ask"));
    }

    private List<Reply> save(Turn turn, ZoneId offered, Optional<City> city) {
        boolean forTime = turn.session().flow(ReminderFeature.AwaitingZone.class)
                .map(ReminderFeature.AwaitingZone::forTime).orElse(false);
        ReminderFeature.closeOwnFlow(turn);
        UserSettings s = users.update(turn.chat().id(), u -> u.withZone(sameOffsetKept(u.zone(), offered, city)));
        ZoneId zone = s.zone();
        // Settling the city of a time just set confirms that reminder, in the zone now known.
        String kind = forTime && s.remindAt() != null ? ReminderTexts.setKind(s) : "zone_set " + zone.getId();
        return s.remindAt() == null ? texts.say("zone_set", Map.of("zone", texts.zoneName(zone, city)), kind)
                : texts.say("zone_set_with_time", texts.values(s, city), kind);
    }

    /**
     * "омск", then "по UTC это +6, если что": a bare offset that the zone already set has right now
     * confirms it; the named zone is kept, since it knows its own clock changes and the city's name.
     */
    private ZoneId sameOffsetKept(ZoneId current, ZoneId offered, Optional<City> city) {
        if (city.isPresent() || current == null || !(offered.normalized() instanceof ZoneOffset fixed)
                || current.normalized() instanceof ZoneOffset) {
            return offered;
        }
        return current.getRules().getOffset(clock.instant()).equals(fixed) ? current : offered;
    }
}
