package ru.sleepbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.ZoneId;
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
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /** Small on purpose: Heroku's smallest PostgreSQL plans allow about 20 connections for all dynos. */
    private static final int POOL_SIZE = 5;

    private final HikariDataSource pool;

    private Database(HikariDataSource pool) {
        this.pool = pool;
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
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("sleepbot-db");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        log.info("database ready: {}", target);
        return new Database(pool);
    }

    /**
     * The user store, which is also the reminder service's view of due work.
     *
     * @param dueTime the schedule math, run whenever reminder settings change
     */
    public ReminderStore users(ZoneId defaultZone, Clock clock, DueTime dueTime) {
        return new JdbcUserStore(new Jdbc(pool), defaultZone, clock, dueTime);
    }

    public MissLog misses(Clock clock) {
        return new JdbcMissLog(new Jdbc(pool), clock);
    }

    /** The sleep diary's nights, settings and what joins them. */
    public DiaryStore diary(Clock clock) {
        return new JdbcDiaryStore(new Jdbc(pool), clock);
    }

    /**
     * Prompts of the kinds kept in the {@code prompts} table (the diary's morning and weekly ones).
     *
     * @param times        the schedule math, run whenever a prompt's schedule changes
     * @param fallbackZone used for a stored zone id this JDK no longer knows
     */
    public PromptStore prompts(Clock clock, PromptTimes times, ZoneId fallbackZone) {
        return new JdbcPromptStore(new Jdbc(pool), clock, times, fallbackZone);
    }

    DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
