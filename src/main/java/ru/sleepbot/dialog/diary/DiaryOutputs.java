package ru.sleepbot.dialog.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.sleepbot.chat.Attachment;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.diary.Comparison;
import ru.sleepbot.diary.DataExport;
import ru.sleepbot.diary.DiaryPeriod;
import ru.sleepbot.diary.Factor;
import ru.sleepbot.diary.Insights;
import ru.sleepbot.dialog.Turn;

/** What the diary gives back: the chart as a picture, what it says, the PDF for the doctor, the user's data as files. */
final class DiaryOutputs {

    static final int WEEK = 7;
    static final int MONTH = 28;
    /** What the diary says looks at this many nights back. */
    static final int INSIGHT_DAYS = 90;

    private final DiaryKit kit;

    DiaryOutputs(DiaryKit kit) {
        this.kit = kit;
    }

    List<Reply> chart(Turn turn, int days) {
        long chat = turn.chat().id();
        LocalDate today = kit.today(chat, turn.now());
        Optional<Reply> chart = chart(chat, today, days, "chart_caption").map(r -> r.withRow(List.of(
                days == WEEK ? kit.button("month", new ButtonData.DiaryOpen("month"))
                        : kit.button("week", new ButtonData.DiaryOpen("week")),
                kit.button("insights", new ButtonData.DiaryOpen("insights")))).withKind("diary_chart " + days));
        return List.of(chart.orElseGet(() -> Reply.text(kit.text("chart_empty")).withKind("diary_chart_empty")));
    }

    /** The chart of the {@code days} nights up to {@code to}, or empty when none of them was recorded. */
    Optional<Reply> chart(long chat, LocalDate to, int days, String captionKey) {
        DiaryPeriod period = kit.reader.last(chat, to, days);
        if (period.recorded() == 0) {
            return Optional.empty();
        }
        Attachment png = new Attachment(Attachment.Kind.PHOTO, "son-" + to + ".png", "image/png", kit.charts().png(period));
        return Optional.of(Reply.file(png, kit.text(captionKey, Map.of("period", kit.dates.period(period.from(), to),
                "recorded", period.recorded(), "days", days))));
    }

    List<Reply> insights(Turn turn) {
        long chat = turn.chat().id();
        LocalDate today = kit.today(chat, turn.now());
        DiaryPeriod period = kit.reader.last(chat, today, INSIGHT_DAYS);
        List<Comparison> comparisons = Insights.of(period);
        if (comparisons.isEmpty()) {
            return List.of(Reply.text(kit.text("insights_wait", Map.of("need", Insights.MIN_NIGHTS,
                    "count", Insights.comparable(period)))).withKind("diary_insights wait"));
        }
        List<LocalDate> recorded = period.recordedNights().stream().map(n -> n.date()).toList();
        StringBuilder text = new StringBuilder(kit.text("insights_title", Map.of("count", Insights.comparable(period),
                "from", kit.dates.day(recorded.get(0)), "to", kit.dates.day(recorded.get(recorded.size() - 1)))));
        List<String> unlinked = new ArrayList<>();
        List<String> few = new ArrayList<>();
        boolean linked = false;
        for (Comparison c : comparisons) {
            if (c.link()) {
                linked = true;
                text.append('\n').append(line(c));
            } else if (c.enough()) {
                unlinked.add(name(c));
            } else if (c.with() > 0) {
                few.add(name(c));
            }
        }
        if (!linked) {
            text.append('\n').append(kit.text("insights_no_link"));
        } else if (!unlinked.isEmpty()) {
            text.append('\n').append(kit.text("insights_rest", Map.of("factors", String.join(", ", unlinked))));
        }
        if (!few.isEmpty()) {
            text.append('\n').append(kit.text("insights_few", Map.of("factors", String.join(", ", few))));
        }
        text.append("\n\n").append(kit.text("insights_method"));
        return List.of(Reply.text(text.toString()).withKind(linked ? "diary_insights link" : "diary_insights no_link"));
    }

    private String line(Comparison c) {
        Map<String, Object> values = new HashMap<>();
        values.put("factor", name(c));
        values.put("with", c.with());
        values.put("with_jerks", c.withJerks());
        values.put("without", c.without());
        values.put("without_jerks", c.withoutJerks());
        values.put("with_nights", kit.words.nightsAfter(c.with()));
        values.put("without_nights", kit.words.nightsAfter(c.without()));
        if (Insights.ROUTINE.equals(c.what())) {
            return kit.text(c.more() ? "insight_routine_more" : "insight_routine_less", values);
        }
        return kit.text(c.more() ? "insight_more" : "insight_less", values);
    }

    /** "кофе или энергетик после 16:00", "ритуал". */
    private String name(Comparison c) {
        String name = Factor.of(c.what()).map(kit.words::factor).orElseGet(() -> kit.text("chart.routine"));
        return name.substring(0, 1).toLowerCase(new Locale("ru")) + name.substring(1);
    }

    List<Reply> report(Turn turn) {
        long chat = turn.chat().id();
        LocalDate today = kit.today(chat, turn.now());
        DiaryPeriod period = kit.reader.last(chat, today, MONTH);
        if (period.recorded() == 0) {
            return List.of(Reply.text(kit.text("report_empty")).withKind("diary_report_empty"));
        }
        Attachment pdf = new Attachment(Attachment.Kind.DOCUMENT, "drema-svodka-" + today + ".pdf", "application/pdf",
                kit.reports().pdf(period));
        return List.of(Reply.file(pdf, kit.text("report_caption", Map.of("period", kit.dates.period(period.from(), today),
                "count", period.recorded()))).withKind("diary_report"));
    }

    List<Reply> export(Turn turn) {
        long chat = turn.chat().id();
        Optional<DataExport.Files> files = kit.export.of(chat);
        if (files.isEmpty()) {
            return List.of(Reply.text(kit.text("export_nothing")).withKind("diary_export_empty"));
        }
        LocalDate today = kit.today(chat, turn.now());
        return List.of(
                Reply.file(new Attachment(Attachment.Kind.DOCUMENT, "drema-dannye-" + today + ".json", "application/json",
                        files.get().json()), kit.text("export_json")).withKind("diary_export json"),
                Reply.file(new Attachment(Attachment.Kind.DOCUMENT, "drema-dnevnik-" + today + ".csv", "text/csv",
                        files.get().csv()), kit.text("export_csv")).withKind("diary_export csv"));
    }
}
