package ru.sleepbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcTargetTest {

    @Test
    void turnsHerokusUrlIntoJdbcWithTls() {
        JdbcTarget t = JdbcTarget.from(Optional.of("postgres://u1:p%40ss@ec2-1-2-3-4.compute-1.amazonaws.com:5432/d9"),
                Path.of("data"));
        assertThat(t.url()).isEqualTo("jdbc:postgresql://ec2-1-2-3-4.compute-1.amazonaws.com:5432/d9?sslmode=require");
        assertThat(t.user()).isEqualTo("u1");
        assertThat(t.password()).isEqualTo("p@ss");
        assertThat(t.toString()).doesNotContain("p@ss");
    }

    @Test
    void leavesTlsOffForALocalServerAndKeepsAnSslmodeGiven() {
        assertThat(JdbcTarget.from(Optional.of("postgres://u:p@localhost:5432/db"), Path.of("data")).url())
                .isEqualTo("jdbc:postgresql://localhost:5432/db");
        assertThat(JdbcTarget.from(Optional.of("postgresql://u:p@db.example.org/db?sslmode=disable"), Path.of("data"))
                .url()).isEqualTo("jdbc:postgresql://db.example.org/db?sslmode=disable");
    }

    @Test
    void takesAJdbcUrlAsItIs() {
        String url = "jdbc:postgresql://localhost/x?user=a&password=b";
        assertThat(JdbcTarget.from(Optional.of(url), Path.of("data")).url()).isEqualTo(url);
    }

    @Test
    void rejectsAnythingElseWithoutShowingThePassword() {
        assertThatThrownBy(() -> JdbcTarget.from(Optional.of("mysql://root:secret@h/db"), Path.of("data")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret");
    }

    @Test
    void createsTheEmbeddedDatabaseFolderWhereverItRuns(@TempDir Path dir) {
        Path data = dir.resolve("nested").resolve("data");
        JdbcTarget t = JdbcTarget.from(Optional.empty(), data);
        assertThat(Files.isDirectory(data)).isTrue();
        assertThat(t.url()).startsWith("jdbc:h2:file:" + data.toAbsolutePath());
        try (Database db = Database.open(t); Database second = Database.open(t)) {
            db.misses(java.time.Clock.systemUTC()).record("h", null);
            assertThat(second.misses(java.time.Clock.systemUTC()).top(1)).extracting(MissCount::count).containsExactly(1L);
        }
    }
}
