package ru.sleepbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The source articles' claims that the physician's review overrides (docs/medical-overrides.md)
 * must not come back: each override has a pattern that would match the wrong claim
 * (src/test/resources/content/overridden-claims/*.tsv: id, regex, why, and optionally "unless": a
 * regex that, found in the same sentence, shows the correct statement, e.g. "waking does no harm"),
 * and no text the bot says may match one.
 */
class OverriddenClaimsTest {

    private static final Path CLAIMS = Path.of("src/test/resources/content/overridden-claims");

    private record Claim(String id, Pattern pattern, String why, Pattern unless) {

        boolean foundIn(String text) {
            var m = pattern.matcher(text);
            while (m.find()) {
                if (unless == null || !unless.matcher(sentenceAround(text, m.start(), m.end())).find()) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String sentenceAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }

    private static List<BotTexts.Text> texts;
    private static List<Claim> claims;

    @BeforeAll
    static void load() throws IOException {
        texts = BotTexts.of(new ContentLoader().load(Path.of("intents")));
        claims = new ArrayList<>();
        try (Stream<Path> files = Files.list(CLAIMS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.split("\t", 4);
                    claims.add(new Claim(cells[0], Pattern.compile(cells[1]), cells.length > 2 ? cells[2] : "",
                            cells.length > 3 && !cells[3].isBlank() ? Pattern.compile(cells[3]) : null));
                }
            }
        }
    }

    @Test
    void noOverriddenClaimComesBack() {
        List<String> back = new ArrayList<>();
        for (Claim claim : claims) {
            for (BotTexts.Text text : texts) {
                if (claim.foundIn(text.text().toLowerCase().replace('ё', 'е'))) {
                    back.add(claim.id() + " in " + text.where());
                }
            }
        }
        assertThat(back).isEmpty();
    }

    @Test
    void theGuardsCatchTheClaimsTheyWereWrittenFor() {
        List<Claim> wake = claims.stream().filter(c -> c.id().equals("ch-dont-wake")).toList();
        assertThat(wake).anyMatch(c -> c.foundIn("не будите ребенка, когда он вздрагивает во сне"));
        assertThat(wake).noneMatch(c -> c.foundIn("будить ребенка из-за вздрагиваний не нужно, но и вреда от пробуждения нет"));
    }

    @Test
    void everyOverrideHasAGuardAndEveryGuardAnOverride() throws IOException {
        String overrides = Files.readString(Path.of("docs/medical-overrides.md"));
        assertThat(claims).hasSizeGreaterThanOrEqualTo(60);
        assertThat(claims).allSatisfy(c -> assertThat(overrides).as(c.id()).contains(c.id()));
    }
}
