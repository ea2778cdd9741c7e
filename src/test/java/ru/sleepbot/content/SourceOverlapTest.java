package ru.sleepbot.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our own words: no run of 8 or more consecutive words of the source articles in any content
 * file (lower case, ё as е, punctuation dropped). Runs where ../shared/sources is present (CI).
 */
class SourceOverlapTest {

    static final int RUN = 8;

    static List<String> words(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^0-9a-zа-я]+", " ").strip();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
    }

    static Set<String> runs(List<String> words) {
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }

    @Test
    void noContentFileRepeatsEightWordsOfTheArticles() throws IOException {
        Optional<Path> articles = SharedFiles.find("sources/articles-ru.txt");
        assumeTrue(articles.isPresent(), "source articles not found beside the repository (../shared/sources)");
        Set<String> source = runs(words(Files.readString(articles.get())));

        List<String> copied = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("intents"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                List<String> words = words(Files.readString(file));
                for (int i = 0; i + RUN <= words.size(); i++) {
                    String run = String.join(" ", words.subList(i, i + RUN));
                    if (source.contains(run)) {
                        copied.add(file + ": " + run);
                    }
                }
            }
        }
        assertThat(copied).isEmpty();
    }

    @Test
    void detectsACopiedRun() {
        Set<String> source = runs(words("Раз два три четыре пять шесть семь восемь девять."));
        assertThat(runs(words("ноль раз два три четыре пять шесть семь восемь"))).containsAnyElementsOf(source);
        assertThat(runs(words("раз два три четыре пять шесть семь ВОСЕМЬ!"))).containsAnyElementsOf(source);
        assertThat(runs(words("раз два три четыре пять шесть семь девять"))).doesNotContainAnyElementsOf(source);
    }
}
