package ru.sleepbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.DeepEquals;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;

class StartSnapshotTest {

    private static final RussianAnalyzer ANALYZER = new RussianAnalyzer(new TextNormalizer());

    @TempDir
    Path dir;
    private Path content;
    private byte[] snapshot;

    @BeforeEach
    void writeASnapshotOfACopyOfTheContent() throws IOException {
        content = dir.resolve("intents");
        copy(Path.of("intents"), content);
        Path file = dir.resolve("snapshot.bin");
        StartSnapshot.write(content, file);
        snapshot = Files.readAllBytes(file);
    }

    @Test
    void theSnapshotOfThisContentHoldsTheContentAndTheModelFingerprint() {
        StartSnapshot.Contents read = StartSnapshot.fitting(snapshot, Optional.of(content), ANALYZER).orElseThrow();

        KnowledgeBase loaded = new ContentLoader().load(content);
        assertThat(DeepEquals.differences(read.knowledge(), loaded)).isEmpty();
        assertThat(read.modelFingerprint()).isEqualTo(IntentModels.fingerprint(loaded));
        assertThat(read.triage().assess(ANALYZER.analyze("у ребенка судороги и он не дышит, синеет")).level())
                .isEqualTo(ru.sleepbot.safety.Level.EMERGENCY);
    }

    @Test
    void aSnapshotIsNeverUsedOnceOneLetterOfTheContentChanged() throws IOException {
        Path messages = content.resolve("messages/dialog.yaml");
        String text = Files.readString(messages);
        // Same length, so only the checksum can tell.
        Files.writeString(messages, text.replaceFirst("Дрёма", "Дрема"));

        assertThat(Files.readString(messages)).isNotEqualTo(text).hasSameSizeAs(text);
        assertThat(StartSnapshot.fitting(snapshot, Optional.of(content), ANALYZER)).isEmpty();
    }

    @Test
    void aSnapshotIsNeverUsedForContentWithAFileMoreOrLess() throws IOException {
        Files.writeString(content.resolve("topics/zz_new.yaml"), "id: zz_new\ntitle: Новая тема\n");
        assertThat(StartSnapshot.fitting(snapshot, Optional.of(content), ANALYZER)).isEmpty();

        Files.delete(content.resolve("topics/zz_new.yaml"));
        assertThat(StartSnapshot.fitting(snapshot, Optional.of(content), ANALYZER)).isPresent();
        Files.delete(content.resolve("places/cities.yaml"));
        assertThat(StartSnapshot.fitting(snapshot, Optional.of(content), ANALYZER)).isEmpty();
    }

    @Test
    void whatTheContentLoaderDoesNotReadDoesNotCount() throws IOException {
        Files.writeString(content.resolve("README.md"), "edited notes");

        assertThat(StartSnapshot.fitting(snapshot, Optional.of(content), ANALYZER)).isPresent();
    }

    @Test
    void theStampsCoverTheClassesThatCompiledTheSnapshot() {
        List<String> stamps = BuildInputs.stamps(Optional.of(content));

        assertThat(stamps).anyMatch(s -> s.startsWith("ru/sleepbot/safety/RuleLoader.class\t"))
                .anyMatch(s -> s.startsWith("ru/sleepbot/content/ContentLoader.class\t"))
                .anyMatch(s -> s.startsWith("intents/topics/hypnic_jerk.yaml\t"))
                .isSorted();
    }

    @Test
    void aDamagedSnapshotIsNotUsed() {
        byte[] cut = Arrays.copyOf(snapshot, snapshot.length - 100);
        byte[] noise = new byte[] {0, 0, 0, 5, 1, 2, 3};

        assertThat(StartSnapshot.fitting(cut, Optional.of(content), ANALYZER)).isEmpty();
        assertThat(StartSnapshot.fitting(noise, Optional.of(content), ANALYZER)).isEmpty();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
