package ru.sleepbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;

/** The store on PostgreSQL (TEST_POSTGRES_URL, set by .ci/run); skipped with the reason without it. */
class PostgresStoreTest extends StoreContractTest {

    @Override
    JdbcTarget target() {
        return TestDatabases.postgres();
    }

    @Test
    void aRowDeletedAtOnceLeavesTheSettlersBatchNothingToCommit() {
        OutboxStore outbox = db.outbox(clock);
        StoredMessage sent = outbox.add(Outgoing.answer(5, Reply.text("принято")), clock.instant());
        AtomicInteger commits = new AtomicInteger();
        ((Jdbc) db.transactions()).addCommitHook(c -> {
            commits.incrementAndGet();
            return Jdbc.Ride.NOTHING;
        });

        outbox.settled(sent.id());
        assertThat(outbox.pending()).isEmpty();
        commits.set(0);
        outbox.remove(List.of(sent.id()));

        assertThat(commits).as("the batch delete of a row already deleted").hasValue(0);
    }

    @Test
    void aSentMessagesRowIsDeletedWhileEveryUnitHoldsAConnection() throws Exception {
        OutboxStore outbox = db.outbox(clock);
        StoredMessage sent = outbox.add(Outgoing.answer(5, Reply.text("принято")), clock.instant());
        int connections = ((HikariDataSource) db.dataSource()).getMaximumPoolSize();
        CountDownLatch holding = new CountDownLatch(connections);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService workers = Executors.newFixedThreadPool(connections);
        try {
            List<Future<?>> units = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                long chat = 100 + i;
                units.add(workers.submit(() -> db.transactions().inUnit(() -> {
                    users.update(chat, s -> s.withLastFeeling(1)); // takes the unit's connection
                    holding.countDown();
                    await(release);
                    return null;
                })));
            }
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

            // In the units' pool this would wait for a unit to commit (or Hikari's 30 s timeout).
            CompletableFuture.runAsync(() -> outbox.settled(sent.id())).get(20, TimeUnit.SECONDS);
            release.countDown();
            for (Future<?> unit : units) {
                unit.get(30, TimeUnit.SECONDS);
            }
            assertThat(outbox.pending()).isEmpty();
        } finally {
            release.countDown();
            workers.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
