package ru.sleepbot.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ContentSnapshotTest {

    private static final KnowledgeBase CONTENT = new ContentLoader().load(Path.of("intents"));

    @Test
    void theContentReadBackEqualsTheLoadedContentInEveryField() {
        KnowledgeBase read = ContentSnapshot.read(new SnapshotIn(written(CONTENT)));

        assertThat(DeepEquals.differences(read, CONTENT)).isEmpty();
        assertThat(read.safetyRules()).isEqualTo(CONTENT.safetyRules());
        assertThat(read.examples()).isEqualTo(CONTENT.examples());
        assertThat(read.cities()).isEqualTo(CONTENT.cities()).isNotEmpty();
    }

    @Test
    void aTruncatedSnapshotIsAnErrorNotContent() {
        byte[] bytes = written(CONTENT);
        byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);

        assertThatThrownBy(() -> ContentSnapshot.read(new SnapshotIn(cut))).isInstanceOf(UncheckedIOException.class);
    }

    private static byte[] written(KnowledgeBase knowledge) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SnapshotOut out = new SnapshotOut(bytes);
        ContentSnapshot.write(knowledge, out);
        out.flush();
        return bytes.toByteArray();
    }
}
