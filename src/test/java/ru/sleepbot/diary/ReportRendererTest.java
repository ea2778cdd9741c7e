package ru.sleepbot.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.sleepbot.dialog.DialogHarness;

class ReportRendererTest {

    static final ReportRenderer REPORTS = new ReportRenderer(Fonts.load(), DialogHarness.CONTENT,
            ChartRendererTest.CHARTS);

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theSummaryHoldsThePeriodThePatternTheSignsTheCheckTheQuestionsAndTheDisclaimer() throws IOException {
        byte[] pdf = REPORTS.pdf(SampleDiary.period(LocalDate.of(2026, 11, 29), 28, 3));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Дневник сна: сводка для врача")
                .contains("Период: 2–29 ноября 2026. Ночей в дневнике: 27 из 28.")
                .contains("Вздрагивания по ночам — не было:")
                .contains("Качество сна по оценке человека (1–5): в среднем")
                .contains("Кофе или энергетик после 16:00 — вечеров:")
                .contains("Сканирование тела — раз:")
                .contains("Тревожные признаки, о которых писал человек")
                .contains("25.11 — прикушенный во сне язык, кровь на подушке или мокрая постель после ночи.")
                .contains("Последняя проверка симптомов (26 ноября)")
                .contains("О ком: Взрослый (я или близкий). • Когда бывают вздрагивания: При засыпании.")
                .contains("Разница может быть неслучайной (точный тест Фишера, p")
                .contains("Вопросы, которые стоит задать врачу")
                .contains("Отмечались тревожные признаки: прикушенный во сне язык, кровь на подушке или мокрая постель после ночи.")
                .contains("Я не врач и не ставлю диагнозов");
    }

    @Test
    void aLongNoteWrapsOntoFurtherLinesAndPagesWithoutLosingWords() throws IOException {
        DiaryPeriod sample = SampleDiary.period(LocalDate.of(2026, 11, 29), 7, 4);
        String note = "проснулась в три часа и долго не могла уснуть ".repeat(40).strip();
        java.util.List<Night> nights = new java.util.ArrayList<>(sample.nights());
        Night first = nights.get(0);
        nights.set(0, new Night(first.date(), first.entry().withNote(note), first.routine()));
        byte[] pdf = REPORTS.pdf(new DiaryPeriod(sample.from(), sample.to(), nights, sample.signs(), sample.routines(),
                sample.lastCheck()));
        assertThat(text(pdf)).contains("Заметки человека").contains(note.substring(0, 200));
    }
}
