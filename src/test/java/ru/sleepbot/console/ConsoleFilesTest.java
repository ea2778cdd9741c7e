package ru.sleepbot.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.sleepbot.chat.Attachment;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.Dialog;

class ConsoleFilesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

    /** Answers "график" with a picture and anything else with a document. */
    private final Dialog dialog = incoming -> List.of(Outgoing.answer(1,
            ((Object) incoming).toString().contains("график")
                    ? Reply.file(new Attachment(Attachment.Kind.PHOTO, "son.png", "image/png", PNG), "Ваш сон").withKind("diary_chart 7")
                    : Reply.file(new Attachment(Attachment.Kind.DOCUMENT, "svodka.pdf", "application/pdf",
                    "%PDF-1.7".getBytes()), "Сводка")));

    private String chat(String input, boolean json, Path dir) {
        StringWriter out = new StringWriter();
        new ConsoleChannel(new BufferedReader(new StringReader(input)), new PrintWriter(out), json, dir).run(dialog);
        return out.toString();
    }

    @Test
    void savesPicturesAndDocumentsInTheFolderAndPrintsTheirPaths(@TempDir Path dir) throws IOException {
        String out = chat("график\nсводка\nграфик\n", false, dir);

        assertThat(Files.readAllBytes(dir.resolve("son.png"))).isEqualTo(PNG);
        assertThat(Files.readString(dir.resolve("svodka.pdf"))).isEqualTo("%PDF-1.7");
        assertThat(dir.resolve("2-son.png")).as("a second picture never overwrites the first").exists();
        assertThat(out).contains("[картинка] " + dir.resolve("son.png").toAbsolutePath())
                .contains("[документ] " + dir.resolve("svodka.pdf").toAbsolutePath()).contains("Ваш сон");
    }

    @Test
    void jsonModeAddsPhotoOrDocumentWithThePath(@TempDir Path dir) throws IOException {
        List<String> lines = chat("график\nсводка\n", true, dir).lines().toList();

        JsonNode photo = new ObjectMapper().readTree(lines.get(0));
        JsonNode document = new ObjectMapper().readTree(lines.get(1));
        assertThat(photo.path("photo").asText()).isEqualTo(dir.resolve("son.png").toAbsolutePath().toString());
        assertThat(photo.path("kind").asText()).isEqualTo("diary_chart 7");
        assertThat(photo.has("document")).isFalse();
        assertThat(document.path("document").asText()).endsWith("svodka.pdf");
        assertThat(Path.of(document.path("document").asText())).exists();
    }
}
