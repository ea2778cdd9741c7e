package ru.sleepbot.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A headless server without fonts: a JVM whose fontconfig lists no font at all draws the chart
 * all the same, with its Russian labels, because every text uses the font from PDFBox's jar.
 */
class NoSystemFontsTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void theChartRendersInAJvmThatSeesNoSystemFont(@TempDir Path dir) throws IOException, InterruptedException {
        Path config = dir.resolve("fonts.conf");
        Files.writeString(config, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                + "<fontconfig><cachedir>" + dir.resolve("cache") + "</cachedir></fontconfig>\n");
        Path png = dir.resolve("chart.png");
        ProcessBuilder jvm = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                SampleChartMain.class.getName(), png.toString()));
        jvm.environment().put("FONTCONFIG_FILE", config.toString());
        jvm.redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
        Process process = jvm.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(Files.readString(dir.resolve("out.txt"))).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
        assertThat(ChartRendererTest.inkShare(image)).isGreaterThan(0.03);
        assertThat(ChartRendererTest.colours(image)).isGreaterThan(20);
    }
}
