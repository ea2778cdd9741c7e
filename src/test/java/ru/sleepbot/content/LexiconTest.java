package ru.sleepbot.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    private final ContentLoader loader = new ContentLoader();

    @Test
    void readsNestedListsUnderTheFileName(@TempDir Path dir) throws IOException {
        write(dir, "answers.yaml", "# how it is used\nyes: [да, ага]\nwho:\n  child: [ребен, дет]\n");

        Lexicon lexicon = loader.load(dir).lexicon();

        assertThat(lexicon.keys()).containsExactlyInAnyOrder("answers.yes", "answers.who.child");
        assertThat(lexicon.words("answers.yes")).containsExactlyInAnyOrder("да", "ага");
        assertThat(lexicon.words("answers.who.child")).containsExactlyInAnyOrder("ребен", "дет");
    }

    @Test
    void bringsWordsToTheFormTheyAreComparedIn() {
        Lexicon lexicon = new Lexicon(Map.of("a.words", List.of("Ребёнок", "ДА")));

        assertThat(lexicon.words("a.words", w -> w.toLowerCase().replace('ё', 'е'))).containsExactlyInAnyOrder("ребенок", "да");
    }

    @Test
    void namesTheKeyAndFileOfAMissingList() {
        Lexicon lexicon = new Lexicon(Map.of("check.yes", List.of("да")));

        assertThatThrownBy(() -> lexicon.words("check.no")).hasMessageContaining("check.no")
                .hasMessageContaining("intents/lexicon/check.yaml");
        assertThatThrownBy(() -> Lexicon.empty().words("yes_no.yes")).hasMessageContaining("yes_no.yes");
    }

    @Test
    void rejectsALoneStringWhereAListBelongs(@TempDir Path dir) throws IOException {
        write(dir, "answers.yaml", "yes: да ага\n");

        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("answers.yaml").hasMessageContaining("answers.yes");
    }

    @Test
    void rejectsAnEmptyListOrABlankWord(@TempDir Path dir) throws IOException {
        write(dir, "answers.yaml", "yes: []\n");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("answers.yes");

        write(dir, "answers.yaml", "yes: [да, \"\"]\n");
        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("answers.yes");

        assertThatThrownBy(() -> new Lexicon(Map.of("a.b", List.of())))
                .hasMessageContaining("a.b");
    }

    @Test
    void rejectsAWordThatNormalizesToNothing() {
        Lexicon lexicon = new Lexicon(Map.of("a.words", List.of("?!")));

        assertThatThrownBy(() -> lexicon.words("a.words", w -> w.replaceAll("\\p{Punct}", "")))
                .hasMessageContaining("a.words");
    }

    @Test
    void theRepositoryContentHasALexicon() {
        assertThat(loader.load(Path.of("intents")).lexicon().keys()).contains("check.yes", "followup.glue");
        assertThat(loader.loadBundled().lexicon().keys()).isEqualTo(loader.load(Path.of("intents")).lexicon().keys());
    }

    private static void write(Path dir, String name, String yaml) throws IOException {
        Files.createDirectories(dir.resolve("lexicon"));
        Files.writeString(dir.resolve("lexicon").resolve(name), yaml);
    }
}
