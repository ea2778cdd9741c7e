package ru.sleepbot.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.DeliveryResult;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.store.Database;
import ru.sleepbot.store.JdbcTarget;
import ru.sleepbot.store.OutboxStore;
import ru.sleepbot.store.TestDatabases;
import ru.sleepbot.time.MutableClock;

class DurableOutboxTest {

    private static final QueueLimits LIMITS = new QueueLimits(30, Duration.ofSeconds(1), Duration.ZERO, 4,
            Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofSeconds(3), Duration.ofMinutes(10),
            Duration.ofHours(2));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T19:00:00Z"));
    private final JdbcTarget target = TestDatabases.embedded();
    private final List<Outgoing> delivered = new ArrayList<>();
    private final List<Database> open = new ArrayList<>();

    @AfterEach
    void close() {
        open.forEach(Database::close);
    }

    private record Run(Database db, OutboxStore rows, OutboundQueue queue, DurableOutbox outbox) {
    }

    /** One run of the bot: its own pool, store and queue over the same database file. */
    private Run start() {
        Database db = Database.open(target);
        open.add(db);
        OutboxStore rows = db.outbox(clock);
        OutboundQueue queue = new OutboundQueue(message -> {
            delivered.add(message);
            return new DeliveryResult.Delivered();
        }, chat -> { }, id -> rows.remove(List.of(id)), clock, LIMITS, Runnable::run, (wake, max) -> clock.advance(max));
        return new Run(db, rows, queue, new DurableOutbox(rows, db.transactions(), queue, LIMITS, clock));
    }

    @Test
    void aReplyReachesTheQueueOnlyOnceItsUnitCommitted() {
        Run run = start();
        run.db().transactions().inUnit(() -> {
            run.outbox().send(Outgoing.answer(7, Reply.text("ответ")));
            assertThat(run.queue().pendingFor(7)).as("not before the commit").isZero();
            return null;
        });
        assertThat(run.queue().pendingFor(7)).isEqualTo(1);

        assertThatThrownBy(() -> run.db().transactions().inUnit(() -> {
            run.outbox().send(Outgoing.answer(8, Reply.text("никогда")));
            throw new IllegalStateException("the update failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(run.queue().pendingFor(8)).isZero();
        assertThat(run.rows().pending()).extracting(r -> r.message().chatId()).containsExactly(7L);
    }

    @Test
    void whatARunLeftUnsentGoesFirstAtTheNextStartAndIsDeletedOnceSent() {
        Run first = start();
        first.outbox().send(Outgoing.answer(7, Reply.text("первый")));
        first.outbox().send(new Outgoing(9, Reply.text("напоминание"), Outgoing.Priority.BULK));
        // The process dies here: nothing was sent.

        Run second = start();
        assertThat(second.outbox().resume()).isEqualTo(2);
        second.outbox().send(Outgoing.answer(7, Reply.text("второй")));
        second.queue().runUntilIdle();

        assertThat(delivered).extracting(o -> o.reply().text()).containsExactly("первый", "напоминание", "второй");
        assertThat(second.rows().pending()).isEmpty();
    }

    @Test
    void aSendAcknowledgedJustBeforeACrashIsNotSentAgainAtTheNextStart() {
        Database db = Database.open(target);
        open.add(db);
        OutboxStore rows = db.outbox(clock);
        // The real settler, but the process dies before its delete commits: only the note was made.
        Settler settler = new Settler(rows::settled, ids -> { });
        OutboundQueue queue = new OutboundQueue(message -> {
            delivered.add(message);
            return new DeliveryResult.Delivered();
        }, chat -> { }, settler, clock, LIMITS, Runnable::run, (wake, max) -> clock.advance(max));
        DurableOutbox first = new DurableOutbox(rows, db.transactions(), queue, LIMITS, clock);
        first.send(Outgoing.answer(7, Reply.text("принято Telegram")));
        queue.runUntilIdle();
        first.send(Outgoing.answer(8, Reply.text("ещё не отправлено")));
        assertThat(rows.pending()).as("both rows are still in the table at the crash").hasSize(2);
        // kill -9 here: nothing is closed.

        Run second = start();
        assertThat(second.outbox().resume()).as("only the message Telegram never got").isEqualTo(1);
        second.queue().runUntilIdle();

        assertThat(delivered).extracting(o -> o.reply().text()).containsExactly("принято Telegram", "ещё не отправлено");
        assertThat(second.rows().pending()).isEmpty();
        settler.close();
    }

    /**
     * Sends one answer through a queue over {@code transport} with the production settler (deletes
     * left out); returns the ids the settler had the store note, in order.
     */
    private List<Long> notesOfOneSend(ru.sleepbot.chat.Transport transport, List<Long> notes) {
        Database db = Database.open(target);
        open.add(db);
        OutboxStore rows = db.outbox(clock);
        Settler settler = new Settler(notes::add, ids -> { });
        OutboundQueue queue = new OutboundQueue(transport, chat -> { }, settler::accepted, settler, clock, LIMITS,
                Runnable::run, (wake, max) -> clock.advance(max));
        new DurableOutbox(rows, db.transactions(), queue, LIMITS, clock).send(Outgoing.answer(7, Reply.text("ответ")));
        queue.runUntilIdle();
        settler.close();
        return notes;
    }

    @Test
    void aSendIsNotedTheMomentTelegramAcceptsItNotWhenTheQueueHearsTheResult() {
        List<Long> notes = new ArrayList<>();
        List<List<Long>> notedWhenAccepted = new ArrayList<>();
        notesOfOneSend(new ru.sleepbot.chat.Transport() {
            @Override
            public DeliveryResult deliver(Outgoing message) {
                throw new AssertionError("the queue passes its note to the transport");
            }

            @Override
            public DeliveryResult deliver(Outgoing message, Runnable onAccepted) {
                onAccepted.run(); // Telegram's "ok" just read, on the HTTP client's thread
                notedWhenAccepted.add(List.copyOf(notes));
                return new DeliveryResult.Delivered();
            }
        }, notes);

        long row = notedWhenAccepted.get(0).get(0);
        assertThat(notedWhenAccepted).as("noted before the transport returned").containsExactly(List.of(row));
        assertThat(notes).as("and only once").containsExactly(row);
    }

    @Test
    void aMessageGivenUpIsStillNotedWhenSettled() {
        List<Long> notes = notesOfOneSend(message -> new DeliveryResult.Failed(false, "HTTP 400: chat not found"),
                new ArrayList<>());

        assertThat(notes).as("a refused message is not sent again either").hasSize(1);
    }
}
