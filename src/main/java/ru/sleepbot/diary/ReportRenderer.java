package ru.sleepbot.diary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import ru.sleepbot.chat.Html;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Messages;
import ru.sleepbot.content.Routine;
import ru.sleepbot.store.diary.CheckRecord;
import ru.sleepbot.store.diary.RoutineDone;

/**
 * The summary for the doctor as a PDF: the period and nights recorded, the pattern of jerks and
 * sleep quality with the chart, the evening factors with the diary's comparisons, the routines,
 * the warning signs the person reported, their last symptom check, their notes, questions worth
 * asking the doctor and the disclaimer. Texts are content ({@code diary.report.*}). Thread-safe.
 */
public final class ReportRenderer {

    private final Fonts fonts;
    private final Messages messages;
    private final KnowledgeBase knowledge;
    private final ChartRenderer charts;
    private final RuDates dates;
    private final Wording words;

    public ReportRenderer(Fonts fonts, KnowledgeBase knowledge, ChartRenderer charts) {
        this.fonts = fonts;
        this.knowledge = knowledge;
        this.messages = knowledge.messages();
        this.charts = charts;
        this.dates = new RuDates(messages);
        this.words = new Wording(messages);
    }

    public byte[] pdf(DiaryPeriod period) {
        try (PdfText pdf = new PdfText(fonts, t("report.title"))) {
            pdf.heading(t("report.title"), 18);
            pdf.paragraph(t("report.period", Map.of("period", dates.period(period.from(), period.to()) + " " + period.to().getYear(),
                    "recorded", period.recorded(), "days", period.nights().size())));
            pdf.small(t("report.source"));
            pattern(pdf, period);
            factors(pdf, period);
            routines(pdf, period);
            signs(pdf, period);
            check(pdf, period);
            notes(pdf, period);
            questions(pdf, period);
            pdf.space(10);
            pdf.small(Html.toPlain(messages.text("dialog.disclaimer")));
            return pdf.bytes();
        }
    }

    private void pattern(PdfText pdf, DiaryPeriod period) {
        pdf.heading(t("report.pattern_title"), 14);
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Jerks j : Jerks.values()) {
            counts.put(j.key(), period.nights().stream().filter(n -> n.jerks().filter(j::equals).isPresent()).count());
        }
        pdf.bullet(t("report.jerks_line", counts));
        List<Integer> quality = period.nights().stream().flatMap(n -> n.quality().stream()).toList();
        if (quality.isEmpty()) {
            pdf.bullet(t("report.no_quality"));
        } else {
            double average = quality.stream().mapToInt(Integer::intValue).average().orElse(0);
            pdf.bullet(t("report.quality_line", Map.of("average", decimal(average),
                    "bad", quality.stream().filter(q -> q <= 2).count())));
        }
        pdf.picture(charts.image(period), 300);
        pdf.small(t("report.chart_note"));
    }

    private void factors(PdfText pdf, DiaryPeriod period) {
        pdf.heading(t("report.factors_title"), 14);
        boolean any = false;
        for (Factor factor : Factor.values()) {
            Comparison c = Insights.compare(period, factor.key(), n -> n.had(factor));
            if (c.with() == 0) {
                continue;
            }
            any = true;
            String verdict = c.link() ? " " + t("report.verdict_link", Map.of("p", pValue(c.p()))) : "";
            pdf.bullet(t("report.factor_line", Map.of("factor", words.factor(factor), "with", c.with(),
                    "with_jerks", c.withJerks(), "without", c.without(), "without_jerks", c.withoutJerks(),
                    "verdict", verdict)));
        }
        if (!any) {
            pdf.bullet(t("report.no_factors"));
        }
    }

    private void routines(PdfText pdf, DiaryPeriod period) {
        pdf.heading(t("report.routines_title"), 14);
        Map<String, List<RoutineDone>> byRoutine = period.routines().stream()
                .filter(r -> !r.evening().isBefore(period.from().minusDays(1)))
                .collect(Collectors.groupingBy(RoutineDone::routineId, LinkedHashMap::new, Collectors.toList()));
        if (byRoutine.isEmpty()) {
            pdf.bullet(t("report.no_routines"));
        }
        byRoutine.forEach((id, done) -> {
            String title = knowledge.routine(id).map(Routine::title).orElse(id);
            List<Integer> rated = done.stream().filter(r -> r.feeling() != null).map(RoutineDone::feeling).toList();
            pdf.bullet(rated.isEmpty() ? t("report.routine_line_unrated", Map.of("title", title, "times", done.size()))
                    : t("report.routine_line", Map.of("title", title, "times", done.size(),
                    "average", decimal(rated.stream().mapToInt(Integer::intValue).average().orElse(0)))));
        });
    }

    private void signs(PdfText pdf, DiaryPeriod period) {
        pdf.heading(t("report.signs_title"), 14);
        if (period.signs().isEmpty()) {
            pdf.bullet(t("report.no_signs"));
        }
        period.signs().forEach(s -> pdf.bullet(t("report.sign_line", Map.of("date", RuDates.numeric(s.day()),
                "sign", words.sign(s.signId())))));
    }

    private void check(PdfText pdf, DiaryPeriod period) {
        if (period.lastCheck().isEmpty()) {
            pdf.heading(t("report.check_title", Map.of("date", "—")).replace(" (—)", ""), 14);
            pdf.bullet(t("report.no_check"));
            return;
        }
        CheckRecord check = period.lastCheck().get();
        pdf.heading(t("report.check_title", Map.of("date", dates.day(check.answeredOn()))), 14);
        check.answers().forEach((step, option) -> {
            String question = messages.has("diary.report.check_step." + step) ? t("report.check_step." + step) : step;
            String key = "check.option." + step + "." + option;
            String answer = messages.has(key) ? Html.toPlain(messages.text(key)) : option;
            pdf.bullet(t("report.check_line", Map.of("question", question, "answer", answer)));
        });
        String finding = messages.has("diary.report.finding." + check.finding())
                ? t("report.finding." + check.finding()) : check.finding();
        pdf.bullet(t("report.check_finding", Map.of("finding", finding)));
    }

    private void notes(PdfText pdf, DiaryPeriod period) {
        List<Night> noted = period.nights().stream().filter(n -> n.entry() != null && n.entry().note() != null).toList();
        if (noted.isEmpty()) {
            return;
        }
        pdf.heading(t("report.notes_title"), 14);
        noted.forEach(n -> pdf.bullet(t("report.note_line", Map.of("date", RuDates.numeric(n.date()),
                "note", n.entry().note()))));
    }

    private void questions(PdfText pdf, DiaryPeriod period) {
        pdf.heading(t("report.questions_title"), 14);
        List<String> asked = new ArrayList<>();
        messages.variants("diary.report.questions").forEach(q -> asked.add(Html.toPlain(q)));
        if (!period.signs().isEmpty()) {
            // "; " between signs: a sign's name may hold commas of its own.
            String signs = period.signs().stream().map(s -> words.sign(s.signId())).distinct()
                    .collect(Collectors.joining("; "));
            asked.add(t("report.question_signs", Map.of("signs", signs)));
        }
        if (period.nights().stream().filter(n -> n.jerks().filter(Jerks.WOKE::equals).isPresent()).count() >= 2) {
            asked.add(t("report.question_woke"));
        }
        if (period.nights().stream().filter(n -> n.quality().filter(q -> q <= 2).isPresent()).count() >= 3) {
            asked.add(t("report.question_bad_sleep"));
        }
        Insights.of(period).stream().filter(Comparison::link).filter(Comparison::more)
                .filter(c -> !Insights.ROUTINE.equals(c.what()))
                .forEach(c -> asked.add(t("report.question_link", Map.of("factor",
                        words.factor(Factor.of(c.what()).orElseThrow()).toLowerCase(new Locale("ru"))))));
        asked.forEach(pdf::bullet);
    }

    /** "3,5": one decimal, Russian comma. */
    private static String decimal(double value) {
        return String.format(new Locale("ru"), "%.1f", value);
    }

    /** "= 0,023" or "< 0,001". */
    private static String pValue(double p) {
        return p < 0.001 ? "< 0,001" : "= " + String.format(new Locale("ru"), "%.3f", p);
    }

    private String t(String key) {
        return Html.toPlain(messages.text("diary." + key));
    }

    private String t(String key, Map<String, ?> values) {
        return Html.toPlain(messages.text("diary." + key, values));
    }
}
