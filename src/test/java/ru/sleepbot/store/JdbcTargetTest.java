package ru.sleepbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.stream.Stream;
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
    void keepsTheEmbeddedDatabaseDurableAndReadableByTheOwnerOnly(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("nested").resolve("data");
        JdbcTarget t = JdbcTarget.from(Optional.empty(), data);
        assertThat(t.url()).isEqualTo("jdbc:sqlite:" + data.toAbsolutePath().resolve("sleepbot.db"));
        try (Database db = Database.open(t); Database second = Database.open(t)) {
            db.misses(java.time.Clock.systemUTC()).record("h", 1, null);
            assertThat(second.misses(java.time.Clock.systemUTC()).top(1)).extracting(MissCount::count).containsExactly(1L);
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                assertThat(pragma(st, "journal_mode")).isEqualTo("wal");
                assertThat(pragma(st, "synchronous")).as("FULL").isEqualTo("2");
            }
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(f -> assertThat(
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString()).isEqualTo("rw-------"));
        }
    }

    private static String pragma(Statement st, String name) throws Exception {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
