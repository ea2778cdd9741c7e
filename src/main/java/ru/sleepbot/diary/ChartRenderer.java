package ru.sleepbot.diary;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import ru.sleepbot.chat.Html;
import ru.sleepbot.content.Messages;

/**
 * Draws a period of the diary as one picture for a phone: how the user slept (1–5), the jerks of
 * each night, and below them what the evening before held (a dot per factor, and the routine).
 * A night not recorded stays empty, nothing is drawn for it. Russian labels come from content
 * ({@code diary.chart.*}); every text uses {@link Fonts}, so no system font is ever looked up.
 * Thread-safe: each call builds its own chart.
 */
public final class ChartRenderer {

    /** Telegram shows a photo about as wide as the phone: big type on a modest canvas reads well. */
    public static final int WIDTH = 800;
    public static final int HEIGHT = 960;

    private static final Color INK = new Color(0x26, 0x32, 0x38);
    private static final Color GRID = new Color(0xDD, 0xE1, 0xE4);
    private static final Color QUALITY = new Color(0x3F, 0x51, 0xB5);
    private static final Color FACTOR = new Color(0x7E, 0x57, 0xC2);
    private static final Color ROUTINE = new Color(0x26, 0xA6, 0x9A);
    private static final Map<Jerks, Color> JERK_COLORS = Map.of(Jerks.NONE, new Color(0x8B, 0xC3, 0x4A),
            Jerks.FEW, new Color(0xFF, 0xC1, 0x07), Jerks.MANY, new Color(0xFF, 0x70, 0x43),
            Jerks.WOKE, new Color(0xD3, 0x2F, 0x2F));

    private final Fonts fonts;
    private final Messages messages;
    private final RuDates dates;

    public ChartRenderer(Fonts fonts, Messages messages) {
        this.fonts = fonts;
        this.messages = messages;
        this.dates = new RuDates(messages);
    }

    /** The chart as a PNG. */
    public byte[] png(DiaryPeriod period) {
        return Png.encode(image(period));
    }

    BufferedImage image(DiaryPeriod period) {
        CategoryAxis days = new CategoryAxis();
        days.setTickLabelFont(fonts.awt(period.nights().size() > 10 ? 22 : 24, false));
        days.setTickLabelPaint(INK);
        days.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        days.setMaximumCategoryLabelLines(2);
        // Over four weeks only Mondays are named, and their labels may take the room of the unnamed days.
        days.setMaximumCategoryLabelWidthRatio(period.nights().size() > 10 ? 6f : 1f);
        days.setLowerMargin(0.02);
        days.setUpperMargin(0.02);
        days.setCategoryMargin(0.15);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(days);
        plot.setGap(18);
        plot.add(qualityPlot(period), 3);
        plot.add(jerksPlot(period), 3);
        plot.add(eveningPlot(period), 4);
        JFreeChart chart = new JFreeChart(null, fonts.awt(30, true), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(12, 8, 8, 20));
        chart.addSubtitle(title(text("diary.chart.subtitle", Map.of("recorded", period.recorded(),
                "days", period.nights().size())), fonts.awt(24, false)));
        chart.setTitle(title(text("diary.chart.title", Map.of("period", dates.period(period.from(), period.to()))),
                fonts.awt(32, true)));
        return chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
    }

    private CategoryPlot qualityPlot(DiaryPeriod period) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Night night : period.nights()) {
            data.addValue(night.quality().orElse(null), "quality", new Day(night.date(), label(night.date(), period)));
        }
        NumberAxis axis = new NumberAxis(text("diary.chart.quality"));
        axis.setRange(0.5, 5.5);
        axis.setTickUnit(new NumberTickUnit(1));
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, QUALITY);
        renderer.setSeriesStroke(0, new BasicStroke(4f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-9, -9, 18, 18));
        return subplot(data, axis, renderer);
    }

    private CategoryPlot jerksPlot(DiaryPeriod period) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Night night : period.nights()) {
            // Bars start below "нет", so a night without jerks shows a short green bar, unlike a night not recorded.
            data.addValue(night.jerks().map(j -> (Number) (j.level() + 0.5)).orElse(null), "jerks",
                    new Day(night.date(), label(night.date(), period)));
        }
        SymbolAxis axis = new SymbolAxis(text("diary.chart.jerks"), new String[] {
            text("diary.jerks_short.none"), text("diary.jerks_short.few"), text("diary.jerks_short.many"),
            text("diary.jerks_short.woke")});
        axis.setRange(-0.5, 3.5);
        axis.setGridBandsVisible(false);
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                Number value = getPlot().getDataset().getValue(row, column);
                int level = value == null ? 0 : (int) Math.floor(value.doubleValue());
                return JERK_COLORS.get(Jerks.values()[Math.max(0, Math.min(3, level))]);
            }
        };
        renderer.setBase(-0.5);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.09);
        return subplot(data, axis, renderer);
    }

    private CategoryPlot eveningPlot(DiaryPeriod period) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Factor> factors = List.of(Factor.values());
        String[] rows = new String[factors.size() + 1];
        for (int i = 0; i < factors.size(); i++) {
            rows[i] = text("diary.factor_short." + factors.get(i).key());
        }
        rows[factors.size()] = text("diary.chart.routine");
        for (int i = 0; i < rows.length; i++) {
            for (Night night : period.nights()) {
                boolean mark = i < factors.size() ? night.had(factors.get(i)).orElse(false) : night.routineDone();
                data.addValue(mark ? (Number) (rows.length - 1 - i) : null, "row" + i,
                        new Day(night.date(), label(night.date(), period)));
            }
        }
        String[] symbols = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            symbols[rows.length - 1 - i] = rows[i];
        }
        SymbolAxis axis = new SymbolAxis(text("diary.chart.evening"), symbols);
        axis.setRange(-0.6, rows.length - 0.4);
        axis.setGridBandsVisible(false);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(false, true);
        for (int i = 0; i < rows.length; i++) {
            renderer.setSeriesPaint(i, i < factors.size() ? FACTOR : ROUTINE);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-8, -8, 16, 16));
        }
        return subplot(data, axis, renderer);
    }

    private CategoryPlot subplot(DefaultCategoryDataset data, ValueAxis axis,
                                 org.jfree.chart.renderer.category.CategoryItemRenderer renderer) {
        axis.setLabelFont(fonts.awt(22, true));
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(fonts.awt(21, false));
        axis.setTickLabelPaint(INK);
        CategoryPlot plot = new CategoryPlot(data, null, axis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1.5f));
        plot.setDomainGridlinesVisible(true);
        plot.setDomainGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        plot.setNoDataMessageFont(fonts.awt(22, false));
        return plot;
    }

    private static TextTitle title(String text, Font font) {
        TextTitle title = new TextTitle(text, font);
        title.setPaint(INK);
        title.setPadding(2, 4, 6, 4);
        return title;
    }

    /** "пн\n24" for a week; for longer periods only Mondays and the last night are named. */
    private String label(LocalDate date, DiaryPeriod period) {
        if (period.nights().size() <= 10) {
            return dates.weekday(date) + "\n" + date.getDayOfMonth();
        }
        boolean named = date.getDayOfWeek().getValue() == 1 || date.equals(period.to());
        return named ? RuDates.numeric(date) : " ";
    }

    private String text(String key) {
        return Html.toPlain(messages.text(key));
    }

    private String text(String key, Map<String, ?> values) {
        return Html.toPlain(messages.text(key, values));
    }

    /** A night on the chart's axis: equal by date, shown by its label. */
    private record Day(LocalDate date, String label) implements Comparable<Day> {

        @Override
        public boolean equals(Object other) {
            return other instanceof Day d && d.date.equals(date);
        }

        @Override
        public int hashCode() {
            return date.hashCode();
        }

        @Override
        public int compareTo(Day other) {
            return date.compareTo(other.date);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
