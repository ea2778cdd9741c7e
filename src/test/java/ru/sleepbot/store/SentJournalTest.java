package ru.sleepbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.time.MutableClock;

class SentJournalTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T19:00:00Z"));
    private final JdbcTarget target = TestDatabases.embedded();
    private final List<Database> open = new ArrayList<>();

    @AfterEach
    void close() {
        open.forEach(Database::close);
    }

    private Database start() {
        Database db = Database.open(target);
        open.add(db);
        return db;
    }

    private Path journal() {
        return SentJournal.beside(target.sqliteFile()).file();
    }

    @Test
    void aNoteFromAnEarlierRunNeverDeletesARowOfALaterOne() {
        OutboxStore first = start().outbox(clock);
        StoredMessage sent = first.add(Outgoing.answer(7, Reply.text("раз")), clock.instant());
        first.settled(sent.id());
        // kill -9: the row is still there, the note too.

        OutboxStore second = start().outbox(clock);
        assertThat(second.pending()).isEmpty();
        // Row ids start again above the largest row left, so the next row takes the same id.
        StoredMessage next = second.add(Outgoing.answer(7, Reply.text("два")), clock.instant());
        assertThat(next.id()).isEqualTo(sent.id());

        OutboxStore third = start().outbox(clock);
        assertThat(third.pending()).extracting(StoredMessage::id).containsExactly(next.id());
    }

    @Test
    void aLongRunKeepsTheNoteSmallAndStillNamesTheRowsNotYetDeleted() throws Exception {
        Database db = start();
        OutboxStore rows = db.outbox(clock);
        StoredMessage waiting = rows.add(Outgoing.answer(9, Reply.text("ждёт удаления")), clock.instant());
        rows.settled(waiting.id());
        for (int round = 0; round < 30; round++) {
            List<Long> batch = db.transactions().inUnit(() -> {
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < 1_000; i++) {
                    ids.add(rows.add(Outgoing.answer(10 + i, Reply.text("ok")), clock.instant()).id());
                }
                return ids;
            });
            batch.forEach(rows::settled);
            rows.remove(batch);
        }

        assertThat(Files.size(journal())).as("30 000 notes, rewritten as it grew").isLessThan(2 * SentJournal.COMPACT_AT);
        assertThat(SentJournal.beside(target.sqliteFile()).leftOver()).contains(waiting.id());
        assertThat(rows.pending()).extracting(StoredMessage::id).containsExactly(waiting.id());
        assertThat(start().outbox(clock).pending()).as("the next start drops the settled row").isEmpty();
    }

    @Test
    void theNoteIsReadableByItsOwnerOnlyAndATornLineCostsNothingElse() throws Exception {
        OutboxStore rows = start().outbox(clock);
        StoredMessage sent = rows.add(Outgoing.answer(7, Reply.text("ok")), clock.instant());
        StoredMessage unsent = rows.add(Outgoing.answer(8, Reply.text("ещё нет")), clock.instant());
        rows.settled(sent.id());
        Files.writeString(journal(), "12", StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(journal(), "x\n", StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.APPEND);

        if (Files.getFileStore(journal()).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journal()))).isEqualTo("rw-------");
        }
        assertThat(start().outbox(clock).pending()).extracting(StoredMessage::id).containsExactly(unsent.id());
        assertThat(Files.size(journal())).as("emptied once applied").isZero();
    }
}
