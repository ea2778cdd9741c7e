package ru.sleepbot.dialog.diary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Html;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.diary.Factor;
import ru.sleepbot.diary.Jerks;
import ru.sleepbot.diary.RuDates;
import ru.sleepbot.reminder.TimeParser;
import ru.sleepbot.store.diary.DiaryEntry;

/** The diary's messages with their buttons (at most six) and kinds. */
final class DiaryReplies {

    /** The evening choices come in two pages, so that a message never has more than six buttons. */
    static final List<List<Factor>> PAGES = List.of(
            List.of(Factor.COFFEE, Factor.ALCOHOL, Factor.STRESS, Factor.WORKOUT),
            List.of(Factor.SCREENS, Factor.LATE, Factor.NAP));
    static final List<LocalTime> TIMES = List.of(LocalTime.of(7, 0), LocalTime.of(8, 0), LocalTime.of(9, 0),
            LocalTime.of(10, 0));

    private final DiaryKit kit;

    DiaryReplies(DiaryKit kit) {
        this.kit = kit;
    }

    Reply intro(ZoneId zone, String before) {
        List<Button> buttons = new ArrayList<>();
        TIMES.forEach(t -> buttons.add(new Button(TimeParser.format(t), new ButtonData.DiaryAt(t))));
        buttons.add(new Button(plain("other_time"), new ButtonData.DiaryOpen("time")));
        buttons.add(new Button(plain("not_now"), new ButtonData.DiaryOpen("later")));
        String text = kit.text("intro", Map.of("zone", kit.zoneName(zone)));
        return Reply.text(before == null ? text : before + "\n\n" + text).withButtons(buttons, 2).withKind("diary_intro");
    }

    Reply started(LocalTime at, ZoneId zone, LocalDate today) {
        return Reply.text(kit.text("on", Map.of("time", TimeParser.format(at), "zone", kit.zoneName(zone))))
                .withRow(List.of(kit.button("checkin", step("in", today, null)),
                        kit.button("later", new ButtonData.DiaryOpen("later"))))
                .withKind("diary_on " + TimeParser.format(at) + " " + zone.getId());
    }

    Reply menu(long count, LocalTime at, ZoneId zone, LocalDate today) {
        return Reply.text(kit.text("menu", Map.of("count", count, "time", TimeParser.format(at), "zone", kit.zoneName(zone))))
                .withButtons(List.of(kit.button("checkin", step("in", today, null)),
                        kit.button("other_day", new ButtonData.DiaryOpen("days")),
                        kit.button("week", new ButtonData.DiaryOpen("week")),
                        kit.button("month", new ButtonData.DiaryOpen("month")),
                        kit.button("insights", new ButtonData.DiaryOpen("insights")),
                        kit.button("more", new ButtonData.DiaryOpen("more"))), 2)
                .withKind("diary_menu");
    }

    /** The rest of the diary; {@code notes} adds the way to withdraw the consent to keep notes. */
    Reply more(boolean notes, LocalDate today) {
        List<Button> buttons = new ArrayList<>(List.of(
                kit.button("report", new ButtonData.DiaryOpen("report")),
                kit.button("export", new ButtonData.DiaryOpen("export")),
                kit.button("time", new ButtonData.DiaryOpen("time")),
                kit.button("stop", new ButtonData.DiaryOpen("stop"))));
        if (notes) {
            buttons.add(kit.button("notes_off", step("nc", today, "no")));
        }
        buttons.add(kit.button("back", new ButtonData.DiaryOpen("menu")));
        return Reply.text(kit.text("more")).withButtons(buttons, 2).withKind("diary_more");
    }

    Reply quality(LocalDate night, Optional<DiaryEntry> recorded, String lead) {
        StringBuilder text = new StringBuilder(lead == null ? kit.text("night_title", Map.of("date", kit.dates.day(night)))
                : lead);
        recorded.filter(e -> !e.isEmpty()).ifPresent(e -> text.append('\n')
                .append(kit.text("now_recorded", Map.of("summary", kit.words.summary(e)))));
        text.append('\n').append(kit.text("ask_quality"));
        List<Button> scores = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            scores.add(new Button(String.valueOf(score), step("q", night, String.valueOf(score))));
        }
        return Reply.text(text.toString()).withRow(scores)
                .withRow(List.of(kit.button("skip", step("skip", night, null)))).withKind("diary_ask quality");
    }

    Reply jerks(LocalDate night) {
        List<Button> buttons = new ArrayList<>();
        for (Jerks level : Jerks.values()) {
            buttons.add(new Button(plain("jerks." + level.key()), step("j", night, level.key())));
        }
        return Reply.text(kit.text("ask_jerks")).withButtons(buttons, 2).withKind("diary_ask jerks");
    }

    Reply evening(LocalDate night, Set<String> chosen, int page) {
        String text = chosen.isEmpty() ? kit.text("ask_evening")
                : kit.text("factor_added", Map.of("factors", kit.words.factorList(chosen)));
        List<Button> buttons = new ArrayList<>();
        for (Factor factor : PAGES.get(page)) {
            if (!chosen.contains(factor.key())) {
                buttons.add(new Button(Html.toPlain(kit.messages.text("diary.factor." + factor.key())),
                        step("f", night, factor.key())));
            }
        }
        buttons.add(page == 0 ? kit.button("next_page", step("fp", night, "1"))
                : kit.button("prev_page", step("fp", night, "0")));
        buttons.add(kit.button(chosen.isEmpty() ? "none" : "done", step("fd", night, null)));
        return Reply.text(text).withButtons(buttons, 1).withKind("diary_ask evening");
    }

    Reply saved(DiaryEntry entry) {
        return Reply.text(kit.text("saved", Map.of("date", kit.dates.day(entry.night()),
                        "summary", kit.words.summary(entry))))
                .withRow(List.of(kit.button("note", step("note", entry.night(), null)),
                        kit.button("week", new ButtonData.DiaryOpen("week"))))
                .withKind("diary_saved");
    }

    Reply skipped(LocalDate night) {
        return Reply.text(kit.text("skipped", Map.of("date", kit.dates.day(night)))).withKind("diary_skipped");
    }

    Reply noteConsent(LocalDate night) {
        return Reply.text(kit.text("ask_note_consent")).withRow(List.of(
                kit.button("notes_yes", step("nc", night, "yes")), kit.button("notes_no", step("nc", night, "no"))))
                .withKind("diary_ask note_consent");
    }

    Reply askNote(LocalDate night) {
        return Reply.text(kit.text("ask_note")).withRow(List.of(kit.button("no_note", new ButtonData.DiaryOpen("nonote"))))
                .withKind("diary_ask note");
    }

    Reply pickDay(LocalDate today, Set<LocalDate> recorded) {
        List<Button> days = new ArrayList<>();
        for (int back = 1; back <= 6; back++) {
            LocalDate day = today.minusDays(back);
            String label = kit.dates.weekday(day) + ", " + RuDates.numeric(day) + (recorded.contains(day) ? " ✓" : "");
            days.add(new Button(label, step("in", day, null)));
        }
        return Reply.text(kit.text("pick_day")).withButtons(days, 2).withKind("diary_pick_day");
    }

    Reply plainText(String key, String kind) {
        return Reply.text(kit.text(key)).withKind(kind);
    }

    Reply plainText(String key, Map<String, ?> values, String kind) {
        return Reply.text(kit.text(key, values)).withKind(kind);
    }

    static ButtonData.DiaryStep step(String step, LocalDate night, String value) {
        return new ButtonData.DiaryStep(step, night, value);
    }

    private String plain(String key) {
        return Html.toPlain(kit.text(key));
    }
}
