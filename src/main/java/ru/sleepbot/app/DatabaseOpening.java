package ru.sleepbot.app;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sleepbot.store.Database;
import ru.sleepbot.store.DueTime;
import ru.sleepbot.store.JdbcTarget;
import ru.sleepbot.store.MissLog;
import ru.sleepbot.store.ReminderStore;
import ru.sleepbot.store.diary.DiaryStore;
import ru.sleepbot.store.prompt.PromptStore;
import ru.sleepbot.store.prompt.PromptTimes;

/**
 * The database as it opens beside the rest of start-up (the pool, Flyway: the longest part of it).
 * The Telegram bot waits for it before it starts, so that a wrong {@code DATABASE_URL} stops it at
 * start; the console chat gets stores that wait for it on their first call, so that a first
 * message that needs no store is answered while the database still opens, and one that needs it
 * is answered as soon as it is open.
 */
final class DatabaseOpening implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOpening.class);

    private final CompletableFuture<Database> opening;

    private DatabaseOpening(CompletableFuture<Database> opening) {
        this.opening = opening;
    }

    static DatabaseOpening start(JdbcTarget target) {
        long start = System.nanoTime();
        CompletableFuture<Database> opening = CompletableFuture.supplyAsync(() -> Database.open(target), Bot::onItsOwnThread);
        opening.thenRun(() -> log.debug("database open in {} ms", StartSnapshot.millisSince(start)));
        return new DatabaseOpening(opening);
    }

    /** The open database, or the exception that stopped it, as it was thrown. */
    Database open() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The user store: the real one when {@code waitNow}, otherwise one that waits on its first call. */
    ReminderStore users(ZoneId defaultZone, Clock clock, DueTime dueTime, boolean waitNow) {
        return store(ReminderStore.class, db -> db.users(defaultZone, clock, dueTime), waitNow);
    }

    PromptStore prompts(Clock clock, PromptTimes times, ZoneId fallbackZone, boolean waitNow) {
        return store(PromptStore.class, db -> db.prompts(clock, times, fallbackZone), waitNow);
    }

    DiaryStore diary(Clock clock, boolean waitNow) {
        return store(DiaryStore.class, db -> db.diary(clock), waitNow);
    }

    MissLog misses(Clock clock, boolean waitNow) {
        return store(MissLog.class, db -> db.misses(clock), waitNow);
    }

    /** Closes the database once it is open; an opening that failed is thrown here if nothing threw it before. */
    @Override
    public void close() {
        open().close();
    }

    /** After a start that failed elsewhere: closes the database when it opens, quietly. */
    void abandon() {
        opening.thenAccept(Database::close);
    }

    private <T> T store(Class<T> type, Function<Database, T> made, boolean waitNow) {
        if (waitNow) {
            return made.apply(open());
        }
        CompletableFuture<T> store = opening.thenApply(made);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> type.getSimpleName() + " once the database is open";
                };
            }
            open(); // the opening's own exception, not the CompletionException of the store made from it
            try {
                return method.invoke(store.join(), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
