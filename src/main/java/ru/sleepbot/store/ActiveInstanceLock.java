package ru.sleepbot.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure only one bot instance per database polls Telegram and sends: two pollers would only
 * trade 409s and could send a reply twice. The first instance takes the lock; a second waits as a
 * standby and takes over once the first is gone. For SQLite the lock is an OS file lock on
 * {@code sleepbot.db.lock} beside the database (the kernel releases it when the process dies, even
 * on kill -9); for PostgreSQL it is a session advisory lock on a connection of its own, released
 * by the server when that connection closes. Losing that connection means another instance may
 * take over, so {@code onLost} is called and the caller must stop at once.
 */
public final class ActiveInstanceLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ActiveInstanceLock.class);
    /** Any fixed number; it only has to be the same for every instance of this bot. */
    private static final long ADVISORY_KEY = 0x5EE9_B07L;

    private final AutoCloseable held;
    private final ScheduledExecutorService watchdog;

    private ActiveInstanceLock(AutoCloseable held, ScheduledExecutorService watchdog) {
        this.held = held;
        this.watchdog = watchdog;
    }

    /**
     * Blocks until this instance is the active one, trying every {@code retryEvery}; logs once that
     * it waits as a standby. Throws IllegalArgumentException for a database it cannot lock.
     */
    public static ActiveInstanceLock await(JdbcTarget target, Duration retryEvery, Runnable onLost)
            throws InterruptedException {
        boolean told = false;
        while (true) {
            ActiveInstanceLock lock = target.isSqlite() ? tryFile(target.sqliteFile())
                    : target.isPostgres() ? tryAdvisory(target, onLost) : null;
            if (lock == null && !target.isSqlite() && !target.isPostgres()) {
                throw new IllegalArgumentException("only SQLite and PostgreSQL are supported: " + target);
            }
            if (lock != null) {
                if (told) {
                    log.warn("the other instance is gone: this one is active now");
                }
                return lock;
            }
            if (!told) {
                log.warn("another instance of the bot is active on this database; waiting as a standby");
                told = true;
            }
            Thread.sleep(retryEvery.toMillis());
        }
    }

    private static ActiveInstanceLock tryFile(Path database) {
        Path path = database.resolveSibling(database.getFileName() + ".lock");
        try {
            if (!Files.exists(path)) {
                Files.createFile(path);
                if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
                }
            }
        } catch (IOException e) {
            if (!Files.exists(path)) {
                throw new IllegalStateException("cannot create the lock file " + path, e);
            }
        }
        try {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process (tests running two bots in one JVM)
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            FileLock taken = lock;
            return new ActiveInstanceLock(() -> {
                taken.release();
                channel.close();
            }, null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot lock " + path, e);
        }
    }

    private static ActiveInstanceLock tryAdvisory(JdbcTarget target, Runnable onLost) {
        Properties props = new Properties();
        if (target.user() != null) {
            props.setProperty("user", target.user());
        }
        if (target.password() != null) {
            props.setProperty("password", target.password());
        }
        try {
            Connection c = DriverManager.getConnection(target.url(), props);
            boolean won;
            try (PreparedStatement q = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                q.setLong(1, ADVISORY_KEY);
                try (ResultSet rs = q.executeQuery()) {
                    won = rs.next() && rs.getBoolean(1);
                }
            }
            if (!won) {
                c.close();
                return null;
            }
            ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "active-instance-lock");
                t.setDaemon(true);
                return t;
            });
            watchdog.scheduleWithFixedDelay(() -> check(c, onLost, watchdog), 5, 5, TimeUnit.SECONDS);
            return new ActiveInstanceLock(c, watchdog);
        } catch (SQLException e) {
            log.warn("cannot reach the database to take the active-instance lock ({}); trying again", e.getSQLState());
            return null;
        }
    }

    private static void check(Connection c, Runnable onLost, ScheduledExecutorService watchdog) {
        boolean alive;
        try {
            alive = c.isValid(5);
        } catch (SQLException e) {
            alive = false;
        }
        if (!alive) {
            log.error("lost the connection that holds the active-instance lock: another instance may take over");
            watchdog.shutdown();
            onLost.run();
        }
    }

    @Override
    public void close() {
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
        try {
            held.close();
        } catch (Exception e) {
            log.debug("releasing the active-instance lock: {}", e.toString());
        }
    }
}
