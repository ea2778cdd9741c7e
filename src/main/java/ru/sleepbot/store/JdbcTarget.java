package ru.sleepbot.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where the database is, as JDBC wants it. Built from DATABASE_URL: Heroku's
 * {@code postgres://user:pass@host:port/db} (sslmode=require added unless the host is local or
 * the URL already names an sslmode, e.g. {@code ?sslmode=disable}), any {@code jdbc:} URL as is,
 * or, without it, an embedded SQLite file {@code <dir>/sleepbot.db} (folder and file readable by
 * the owner only; SQLite opens no network listener).
 * {@link #toString()} hides the password.
 */
public record JdbcTarget(String url, String user, String password) {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    public JdbcTarget {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL: " + redact(url));
        }
    }

    public static JdbcTarget from(Optional<String> databaseUrl, Path embeddedDir) {
        if (databaseUrl.isEmpty()) {
            return embedded(embeddedDir);
        }
        String value = databaseUrl.get().strip();
        if (value.startsWith("jdbc:")) {
            return new JdbcTarget(value, null, null);
        }
        if (value.startsWith("postgres://") || value.startsWith("postgresql://")) {
            return heroku(value);
        }
        throw new IllegalArgumentException("DATABASE_URL must be postgres://user:pass@host:port/db or a jdbc: URL, got "
                + redact(value));
    }

    /**
     * The embedded SQLite file {@code dir/sleepbot.db}; the path is made absolute so any working
     * folder works. The folder is created as rwx------ and the file as rw------- before SQLite
     * opens it (SQLite gives its -wal and -shm files the database file's permissions), so other
     * local users can read nothing. A second local process ({@code report} while the bot runs)
     * opens the same file safely: SQLite locks it per transaction.
     */
    public static JdbcTarget embedded(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            Path file = absolute.resolve("sleepbot.db");
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            ownerOnly(absolute, "rwx------");
            ownerOnly(file, "rw-------");
            return new JdbcTarget("jdbc:sqlite:" + file, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + absolute, e);
        }
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    /** An SQLite database file (the embedded default, or DATABASE_URL=jdbc:sqlite:...). */
    public boolean isSqlite() {
        return url.startsWith("jdbc:sqlite:");
    }

    /** An SQLite database in a file (not one in memory), beside which other files can live. */
    boolean isSqliteFile() {
        return isSqlite() && !url.contains(":memory:") && !url.contains("mode=memory");
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The SQLite database file, for the lock that keeps a second bot instance on standby. */
    Path sqliteFile() {
        String path = url.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        return Path.of(query < 0 ? path : path.substring(0, query)).toAbsolutePath();
    }

    private static JdbcTarget heroku(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("DATABASE_URL is not a valid URL: " + redact(value), e);
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("DATABASE_URL needs a host and a database name: " + redact(value));
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        // Heroku Postgres refuses connections without TLS; a local server usually has none.
        if (!query.contains("sslmode=") && !LOCAL_HOSTS.contains(uri.getHost())) {
            query = query.isEmpty() ? "sslmode=require" : query + "&sslmode=require";
        }
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        String url = "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + (query.isEmpty() ? "" : "?" + query);
        return new JdbcTarget(url, user, password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String redact(String url) {
        return url.replaceAll("//[^@/]*@", "//***@").replaceAll("password=[^&]*", "password=***");
    }

    @Override
    public String toString() {
        return "JdbcTarget[" + redact(url) + ", user=" + user + "]";
    }
}
