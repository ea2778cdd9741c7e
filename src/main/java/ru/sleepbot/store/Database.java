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
 * once, in a transaction of its own, the moment Telegram's ok is read, over a small pool of its own.
 * In the main pool that delete waited behind the units of updates (8 workers, 5 connections, each
 * unit holding one while the dialog thinks), and every millisecond of that wait is one in which a
 * kill -9 sends the message again. Its commits do not wait for the disk ({@code synchronous_commit
 * off}): the delete is seen by every session at once, so a kill -9 of the bot cannot undo it; only
 * a crash of PostgreSQL itself within a fraction of a second can, and then the message goes once
 * more, the same trade as the embedded note's write without fsync.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /** Small on purpose: Heroku's smallest PostgreSQL plans allow about 20 connections for all dynos. */
    private static final int POOL_SIZE = 5;
    /** The sends in flight are 1-4 (see outbound.RoundTrips): two connections delete their rows without waiting. */
    private static final int SETTLE_POOL_SIZE = 2;
    /** PostgreSQL's driver prepares a statement on the server from its fifth use on a connection. */
    private static final int PREPARE_THRESHOLD = 5;

    private final HikariDataSource pool;
    private final Jdbc jdbc;
    /** PostgreSQL's pool for deleting settled outbox rows at once (see the class comment). */
    private final Optional<HikariDataSource> settlePool;
    private final Optional<Jdbc> settle;
    private final PersonalData personal;
    /** The embedded database's note of sent messages (see {@link SentJournal}). */
    private final Optional<SentJournal> journal;
    /** PostgreSQL (row locks, several connections), not SQLite (one writer, one pooled connection). */
    private final boolean rowLocks;

    private Database(HikariDataSource pool, Optional<HikariDataSource> settlePool, JdbcTarget target) {
        this.pool = pool;
        this.settlePool = settlePool;
        this.settle = settlePool.map(p -> new Jdbc(p, true));
        this.rowLocks = !target.isSqlite();
        this.jdbc = new Jdbc(pool, !target.isSqlite());
        this.personal = PersonalData.discover(jdbc);
        this.journal = target.isSqliteFile() ? Optional.of(SentJournal.beside(target.sqliteFile())) : Optional.empty();
    }

    public static Database open(JdbcTarget target) {
        HikariConfig config = config(target, "sleepbot-db");
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
        Optional<HikariDataSource> settlePool = Optional.empty();
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            if (!target.isSqlite()) {
                HikariConfig settling = config(target, "sleepbot-db-settle");
                settling.setMaximumPoolSize(SETTLE_POOL_SIZE);
                settling.setConnectionInitSql("SET synchronous_commit TO off");
                settlePool = Optional.of(new HikariDataSource(settling));
            }
            Database database = new Database(pool, settlePool, target);
            log.info("database ready: {}", target);
            return database;
        } catch (RuntimeException e) {
            settlePool.ifPresent(HikariDataSource::close);
            pool.close();
            throw e;
        }
    }

    private static HikariConfig config(JdbcTarget target, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.url());
        if (target.user() != null) {
            config.setUsername(target.user());
        }
        if (target.password() != null) {
            config.setPassword(target.password());
        }
        config.setPoolName(name);
        return config;
    }

    /**
     * Before the first send and the first update: opens every pooled connection and runs on each,
     * rolled back, the statements of an update's unit (handled update, outbox row) and of a sent
     * message's delete, enough times that PostgreSQL's driver prepares them on the server. The
     * first sends after a start came while the process was still cold ('written → noted' p99 241
     * ms in the first 10 s after a start against 44 ms later, on PostgreSQL in the chaos bench).
     */
    public void warmUp() {
        long unit = jdbc.warmUp(rowLocks ? POOL_SIZE : 1, rowLocks ? PREPARE_THRESHOLD : 1, c -> {
            JdbcHandledUpdates.rehearse(c);
            JdbcOutboxStore.rehearseUnit(c);
            return null;
        });
        long settling = settle.map(s -> s.warmUp(SETTLE_POOL_SIZE, PREPARE_THRESHOLD, c -> {
            JdbcOutboxStore.rehearseSettle(c);
            return null;
        })).orElse(0L);
        log.info("database warmed up: units {} ms, settling {} ms", unit, settling);
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
        return new JdbcOutboxStore(jdbc, clock, journal, settle);
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
        settlePool.ifPresent(HikariDataSource::close);
        pool.close();
    }
}
