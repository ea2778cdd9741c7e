package ru.sleepbot.diary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import ru.sleepbot.content.ContentLoader;

/**
 * Draws the README's sample: four weeks of {@link SampleDiary} as the bot would send them.
 * {@code mvn -B -q -DskipTests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=ru.sleepbot.diary.SampleChartMain} writes docs/diary-chart.png.
 */
public final class SampleChartMain {

    private SampleChartMain() {
    }

    public static void main(String[] args) throws IOException {
        ChartRenderer charts = new ChartRenderer(Fonts.load(), new ContentLoader().load(Path.of("intents")).messages());
        Path out = Path.of(args.length > 0 ? args[0] : "docs/diary-chart.png");
        Files.write(out, charts.png(SampleDiary.period(LocalDate.of(2026, 11, 29), 28, 2)));
        System.out.println(out.toAbsolutePath());
    }
}
