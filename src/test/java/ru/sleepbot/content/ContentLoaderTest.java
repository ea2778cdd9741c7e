package ru.sleepbot.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    private final ContentLoader loader = new ContentLoader();

    @Test
    void loadsTheRepositoryContent() {
        KnowledgeBase knowledge = loader.load(Path.of("intents"));

        assertThat(knowledge.topics()).isNotEmpty();
        assertThat(knowledge.conversation("greeting")).isPresent();
        assertThat(knowledge.messages().has("dialog.error")).isTrue();
        assertThat(knowledge.safetyRules()).containsKeys("signs", "negation");
    }

    @Test
    void bundledContentMatchesTheFolder() {
        KnowledgeBase bundled = loader.loadBundled();
        KnowledgeBase folder = loader.load(Path.of("intents"));

        assertThat(bundled.examples()).hasSameSizeAs(folder.examples());
        assertThat(bundled.routines()).hasSameSizeAs(folder.routines());
    }

    @Test
    void readsAMinimalFolderAndFlattensMessageKeys(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("topics"));
        Files.createDirectories(dir.resolve("messages"));
        Files.writeString(dir.resolve("topics/t.yaml"), """
                id: t
                title: "Тема"
                examples: [раз, два]
                answer: "Ответ."
                sections:
                  what_to_do: "Сделайте так."
                related: []
                """);
        Files.writeString(dir.resolve("messages/menu.yaml"), """
                title: "Меню"
                button:
                  back: ["Назад", "Вернуться"]
                """);

        KnowledgeBase knowledge = loader.load(dir);

        assertThat(knowledge.topic("t").orElseThrow().section(Aspect.WHAT_TO_DO)).contains("Сделайте так.");
        assertThat(knowledge.messages().text("menu.title")).isEqualTo("Меню");
        assertThat(knowledge.messages().variants("menu.button.back")).containsExactly("Назад", "Вернуться");
    }

    @Test
    void namesTheFileWhenItCannotBeRead(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("topics"));
        Files.writeString(dir.resolve("topics/broken.yaml"), "id: x\ntitle: [unclosed\n");

        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("broken.yaml");
    }

    @Test
    void rejectsAnUnknownField(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("topics"));
        Files.writeString(dir.resolve("topics/t.yaml"), "id: t\ntitle: Т\nanswr: опечатка\n");

        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("t.yaml");
    }
}
