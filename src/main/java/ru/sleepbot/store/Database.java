package ru.sleepbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sleepbot.store.diary.DiaryStore;
import ru.sleepbot.store.prompt.PromptStore;
import ru.sleepbot.store.prompt.PromptTimes;

/**
 * The relational database: a HikariCP pool, migrated by Flyway on open, and the stores over it.
 * Closing it closes the pool (on shutdown, after the last send).
 *
 * <p>SQLite (the embedded default) runs in WAL mode with {@code synchronous=FULL}: a commit is in
 * the write-ahead log, fsynced, before the call returns, so neither kill -9 nor a power cut takes
 * back what the bot confirmed. Its pool holds one connection: SQLite has one writer anyway, and
 * handing the connection over in the pool is fairer than SQLite's busy polling. Deleting a sent
 * message's outbox row waits for that connection and an fsync (seconds under load), so the
 * embedded database also keeps a {@link SentJournal} beside its file: a sent message is noted
 * there at once, and a kill -9 before its row is gone does not send it again. PostgreSQL has no
 * such note (a standby on another machine would not see a local file): there the row is deleted at
 * once, in a transaction of its own, the moment Telegram's ok is read.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /** Small on purpose: Heroku's smallest PostgreSQL plans allow about 20 connections for all dynos. */
    private static final int POOL_SIZE = 5;

    private final HikariDataSource pool;
    private final Jdbc jdbc;
    private final PersonalData personal;
    /** The embedded database's note of sent messages (see {@link SentJournal}). */
    private final Optional<SentJournal> journal;
    /** PostgreSQL (row locks, several connections), not SQLite (one writer, one pooled connection). */
    private final boolean rowLocks;

    private Database(HikariDataSource pool, JdbcTarget target) {
        this.pool = pool;
        this.rowLocks = !target.isSqlite();
        this.jdbc = new Jdbc(pool, !target.isSqlite());
        this.personal = PersonalData.discover(jdbc);
        this.journal = target.isSqliteFile() ? Optional.of(SentJournal.beside(target.sqliteFile())) : Optional.empty();
    }

    public static Database open(JdbcTarget target) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.url());
        if (target.user() != null) {
            config.setUsername(target.user());
        }
        if (target.password() != null) {
            config.setPassword(target.password());
        }
        config.setPoolName("sleepbot-db");
        if (target.isSqlite()) {
            config.setMaximumPoolSize(1);
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "FULL");
            config.addDataSourceProperty("busy_timeout", "10000");
            config.addDataSourceProperty("foreign_keys", "true");
            // Write transactions take the lock when they begin, so two processes on one file
            // (the bot and 'report') wait for each other instead of failing half way through.
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        } else {
            config.setMaximumPoolSize(POOL_SIZE);
        }
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            Database database = new Database(pool, target);
            log.info("database ready: {}", target);
            return database;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Units of work: one transaction around everything an update or a prompt changes. */
    public Transactions transactions() {
        return jdbc;
    }

    /**
     * The user store, which is also the reminder service's view of due work.
     *
     * @param dueTime the schedule math, run whenever reminder settings change
     */
    public ReminderStore users(ZoneId defaultZone, Clock clock, DueTime dueTime) {
        return new JdbcUserStore(jdbc, personal, defaultZone, clock, dueTime);
    }

    public MissLog misses(Clock clock) {
        return new JdbcMissLog(jdbc, clock);
    }

    /**
     * The durable outbox; open one per database (its ids count up in memory), in the active
     * instance only: opening it deletes the rows an earlier run noted as sent.
     */
    public OutboxStore outbox(Clock clock) {
        return new JdbcOutboxStore(jdbc, clock, journal, rowLocks);
    }

    public HandledUpdates handledUpdates(Clock clock) {
        return new JdbcHandledUpdates(jdbc, clock);
    }

    /** How many rows about {@code id} are left in all tables that hold anything about a person. */
    public long rowsAbout(long id) {
        return jdbc.inTransaction(c -> personal.count(c, id));
    }

    /** The sleep diary's nights, settings and what joins them. */
    public DiaryStore diary(Clock clock) {
        return new JdbcDiaryStore(jdbc, clock);
    }

    /**
     * Prompts of the kinds kept in the {@code prompts} table (the diary's morning and weekly ones).
     *
     * @param times        the schedule math, run whenever a prompt's schedule changes
     * @param fallbackZone used for a stored zone id this JDK no longer knows
     */
    public PromptStore prompts(Clock clock, PromptTimes times, ZoneId fallbackZone) {
        return new JdbcPromptStore(jdbc, clock, times, fallbackZone);
    }

    DataSource dataSource() {
        return pool;
    }

    /** A connection outside the pool's bookkeeping, for checks in tests. */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        journal.ifPresent(SentJournal::close);
        pool.close();
    }
}
