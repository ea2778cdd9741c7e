package ru.sleepbot.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import ru.sleepbot.dialog.DialogHarness;

class ChartRendererTest {

    static final ChartRenderer CHARTS = new ChartRenderer(Fonts.load(), DialogHarness.CONTENT.messages());

    @Test
    void aWeekRendersAsAPngOfThePhoneSizeThatIsNotBlank() throws IOException {
        byte[] png = CHARTS.png(SampleDiary.period(LocalDate.of(2026, 11, 29), 7, 1));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
        assertThat(colours(image)).as("distinct colours drawn").isGreaterThan(20);
        assertThat(inkShare(image)).as("share of non-white pixels").isBetween(0.03, 0.6);
        assertThat(png.length).as("bytes").isBetween(10_000, 400_000);
    }

    @Test
    void fourWeeksAndAnEmptyWeekRenderToo() throws IOException {
        BufferedImage month = ImageIO.read(new ByteArrayInputStream(
                CHARTS.png(SampleDiary.period(LocalDate.of(2026, 11, 29), 28, 2))));
        assertThat(inkShare(month)).isGreaterThan(0.03);

        LocalDate to = LocalDate.of(2026, 11, 29);
        List<Night> empty = to.minusDays(6).datesUntil(to.plusDays(1)).map(d -> new Night(d, null, null)).toList();
        BufferedImage blank = ImageIO.read(new ByteArrayInputStream(CHARTS.png(
                new DiaryPeriod(to.minusDays(6), to, empty, List.of(), List.of(), Optional.empty()))));
        assertThat(inkShare(blank)).as("axes and labels are still drawn").isGreaterThan(0.01);
        assertThat(inkShare(blank)).as("but no data").isLessThan(inkShare(month));
    }

    static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    static double inkShare(BufferedImage image) {
        long ink = 0;
        long all = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                all++;
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return (double) ink / all;
    }
}
