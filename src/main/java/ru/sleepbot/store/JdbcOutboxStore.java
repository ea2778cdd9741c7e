package ru.sleepbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sleepbot.chat.Attachment;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;

/**
 * {@link OutboxStore} over JDBC. Row ids come from a counter that starts above the largest id in
 * the table: only the one active instance writes here, and ids in commit order are what keeps
 * each chat's messages in order across a restart.
 */
final class JdbcOutboxStore implements OutboxStore {

    private static final Logger log = LoggerFactory.getLogger(JdbcOutboxStore.class);
    private static final String INSERT = "INSERT INTO outbox (id, chat_id, priority, body, file_kind, file_name,"
            + " file_type, file_bytes, created_at, deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DELETE = "DELETE FROM outbox WHERE id = ?";
    /** No row has it: ids count up from 1. */
    private static final long NO_ROW = -1;

    private final Jdbc jdbc;
    private final Clock clock;
    private final ReplyJson json = new ReplyJson();
    private final AtomicLong lastId;
    private final Optional<SentJournal> journal;
    /** Without a journal, where a settled row is deleted at once, on the caller's thread. */
    private final Optional<Jdbc> atOnce;
    /** Rows {@link #settled} deleted: the settler's batch that follows has nothing left to do for them. */
    private final Set<Long> deletedAtOnce = ConcurrentHashMap.newKeySet();
    /** Ids of sent messages whose rows are not deleted yet: the next commit of anyone deletes them. */
    private final ConcurrentLinkedQueue<Long> sent = new ConcurrentLinkedQueue<>();

    /**
     * @param journal where settled ids are noted at once (the embedded database); empty: rows are
     *                only deleted, and a kill -9 before that commit sends the message again
     * @param atOnce  without a journal, where a settled row is deleted in a transaction of its own
     *                the moment it is settled (PostgreSQL: a pool of its own, see {@link Database}),
     *                so the delete waits for no unit's connection
     */
    JdbcOutboxStore(Jdbc jdbc, Clock clock, Optional<SentJournal> journal, Optional<Jdbc> atOnce) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.journal = journal;
        this.atOnce = journal.isEmpty() ? atOnce : Optional.empty();
        jdbc.addCommitHook(this::deleteSent);
        // Before the ids below are counted: they start above the largest row left, so a noted id
        // must be gone from the journal before a new row could take it.
        journal.ifPresent(this::applyJournal);
        this.lastId = new AtomicLong(jdbc.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT MAX(id) FROM outbox"); ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }));
    }

    @Override
    public StoredMessage add(Outgoing message, Instant deadline) {
        long id = lastId.incrementAndGet();
        jdbc.inTransaction(c -> insert(c, id, message, deadline));
        return new StoredMessage(id, message, deadline);
    }

    private Void insert(Connection c, long id, Outgoing message, Instant deadline) throws SQLException {
        try (PreparedStatement in = c.prepareStatement(INSERT)) {
            in.setLong(1, id);
            in.setLong(2, message.chatId());
            in.setShort(3, (short) message.priority().ordinal());
            in.setString(4, json.write(message.reply()));
            Attachment file = message.reply().file().orElse(null);
            if (file == null) {
                in.setNull(5, Types.VARCHAR);
                in.setNull(6, Types.VARCHAR);
                in.setNull(7, Types.VARCHAR);
                in.setNull(8, Types.BINARY);
            } else {
                in.setString(5, file.kind().name());
                in.setString(6, file.fileName());
                in.setString(7, file.mimeType());
                in.setBytes(8, file.bytes());
            }
            in.setLong(9, clock.millis());
            in.setLong(10, deadline.toEpochMilli());
            in.executeUpdate();
        }
        return null;
    }

    /**
     * Deletes the rows in the next transaction that commits: the update being handled right now,
     * or this call's own, whichever is first, so the database stays free for the units sooner.
     * (A second connection for the deletes, with synchronous FULL or NORMAL alike, waited far
     * longer: the units hold SQLite's write lock almost all the time and hand it over in the pool
     * at once, while the other connection polls in SQLite's busy handler, sleeping up to 100 ms a
     * try; measured with two writers busy, its delete took p99 1-4.5 s against 33-57 ms here.
     * NORMAL saves only the fsync, not the wait for the lock.) Duplicates after a kill -9 no longer
     * depend on this delay on the embedded database: {@link #settled} notes the id at once.
     */
    @Override
    public void remove(Collection<Long> ids) {
        List<Long> left = new ArrayList<>(ids.size());
        for (long id : ids) {
            // Deleted and committed by settled(): a second delete would be a transaction for nothing.
            if (!deletedAtOnce.remove(id)) {
                left.add(id);
            }
        }
        if (left.isEmpty()) {
            return;
        }
        sent.addAll(left);
        jdbc.inTransaction(c -> null);
    }

    @Override
    public void settled(long id) {
        if (journal.isPresent()) {
            journal.get().note(id);
        } else if (atOnce.isPresent()) {
            // Waiting for the settler's batch let a kill -9 under load fall between Telegram's ok
            // and the delete (the chaos bench on PostgreSQL: 47 of 92 duplicates came after the ok).
            // If this throws, the id is not marked, and the settler's batch deletes the row.
            atOnce.get().inTransaction(c -> delete(c, List.of(id)));
            deletedAtOnce.add(id);
        }
    }

    /**
     * What an update's unit and a settled message do with the outbox, done once on {@code c} and
     * rolled back by the caller: the statements are parsed and the driver's code is loaded before
     * the first real send (see {@link Database#warmUp}).
     */
    static void rehearseUnit(Connection c) throws SQLException {
        try (PreparedStatement in = c.prepareStatement(INSERT)) {
            in.setLong(1, NO_ROW);
            in.setLong(2, NO_ROW);
            in.setShort(3, (short) 0);
            in.setString(4, "{}");
            in.setNull(5, Types.VARCHAR);
            in.setNull(6, Types.VARCHAR);
            in.setNull(7, Types.VARCHAR);
            in.setNull(8, Types.BINARY);
            in.setLong(9, 0);
            in.setLong(10, 0);
            in.executeUpdate();
        }
        rehearseSettle(c);
    }

    /** The delete of a settled message, for no row: see {@link #rehearseUnit}. */
    static void rehearseSettle(Connection c) throws SQLException {
        delete(c, List.of(NO_ROW));
    }

    private Jdbc.Ride deleteSent(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (Long id = sent.poll(); id != null; id = sent.poll()) {
            ids.add(id);
        }
        if (ids.isEmpty()) {
            return Jdbc.Ride.NOTHING;
        }
        try {
            delete(c, ids);
        } catch (SQLException e) {
            sent.addAll(ids);
            throw e;
        }
        return new Jdbc.Ride(() -> journal.ifPresent(j -> j.deleted(ids)), () -> sent.addAll(ids));
    }

    /** Returns how many rows were still there. */
    private static int delete(Connection c, Collection<Long> ids) throws SQLException {
        try (PreparedStatement d = c.prepareStatement(DELETE)) {
            for (long id : ids) {
                d.setLong(1, id);
                d.addBatch();
            }
            return java.util.Arrays.stream(d.executeBatch()).map(n -> Math.max(n, 0)).sum();
        }
    }

    /** Deletes the rows an earlier run noted as settled but had not deleted when it ended, then empties the note. */
    private void applyJournal(SentJournal j) {
        List<Long> ids = j.leftOver();
        if (!ids.isEmpty()) {
            int deleted = jdbc.inTransaction(c -> delete(c, ids));
            log.info("{} messages settled just before the last run ended are not sent again", deleted);
        }
        j.clear();
    }

    @Override
    public List<StoredMessage> pending() {
        return jdbc.inTransaction(c -> {
            List<StoredMessage> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT id, chat_id, priority, body, file_kind, file_name,"
                    + " file_type, file_bytes, deadline FROM outbox ORDER BY id"); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        });
    }

    private StoredMessage read(ResultSet rs) throws SQLException {
        Reply reply = json.read(rs.getString("body"));
        String kind = rs.getString("file_kind");
        if (kind != null) {
            Attachment file = new Attachment(Attachment.Kind.valueOf(kind), rs.getString("file_name"),
                    rs.getString("file_type"), rs.getBytes("file_bytes"));
            reply = new Reply(reply.text(), reply.keyboard(), file, reply.kind());
        }
        Outgoing.Priority priority = Outgoing.Priority.values()[rs.getShort("priority")];
        Instant deadline = Instant.ofEpochMilli(rs.getLong("deadline"));
        return new StoredMessage(rs.getLong("id"), new Outgoing(rs.getLong("chat_id"), reply, priority, deadline),
                deadline);
    }
}
