package ru.sleepbot.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's note of settled outbox rows (sent or given up) whose deletion has not
 * committed yet: one decimal id a line, appended the moment Telegram answers. A plain write, no
 * fsync: the operating system keeps it across a kill -9 of the bot, and only an OS crash or power
 * cut can lose the last lines (then those messages go once more, as before this note existed).
 * Deleting the row takes a commit, which waits for SQLite's one connection and an fsync, seconds
 * under load; a kill -9 in that window used to send the message again at the next start.
 *
 * <p>At start, before anything is sent, the outbox deletes the rows named here and {@link #clear}s
 * it. While running it is rewritten, with only the ids still awaiting their commit, each time it
 * has grown by {@link #COMPACT_AT} bytes. The file is readable by its owner only.
 */
final class SentJournal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SentJournal.class);
    /** About 8 000 ids: rewriting it then takes a moment, and a start reads it in no time. */
    static final long COMPACT_AT = 64 * 1024;
    private static final Set<OpenOption> APPEND = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.APPEND);

    private final Path file;
    /** Ids noted here whose row deletion has not committed yet: all a rewrite has to keep. */
    private final Set<Long> awaiting = ConcurrentHashMap.newKeySet();
    private FileChannel channel;
    /** The file's size after the last rewrite: the next one comes {@link #COMPACT_AT} bytes later. */
    private long rewritten;
    private boolean failed;

    private SentJournal(Path file) {
        this.file = file;
    }

    /** The journal of the SQLite database {@code database}: a file beside it, created rw------- if missing. */
    static SentJournal beside(Path database) {
        return new SentJournal(database.resolveSibling(database.getFileName() + "-sent"));
    }

    Path file() {
        return file;
    }

    /** The ids noted by earlier runs (lines that are not a number, e.g. after a power cut, are skipped). */
    synchronized List<Long> leftOver() {
        List<Long> ids = new ArrayList<>();
        if (!Files.exists(file)) {
            return ids;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                try {
                    ids.add(Long.parseLong(line.strip()));
                } catch (NumberFormatException e) {
                    // a torn last line: that message may go once more, nothing worse
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return ids;
    }

    /**
     * Empties the file, durably (with an fsync): called once the rows it named are deleted and
     * before any new row is written, since row ids start again above the largest one left.
     */
    synchronized void clear() {
        try {
            FileChannel c = channel();
            c.truncate(0);
            c.force(true);
            awaiting.clear();
            rewritten = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + file, e);
        }
    }

    /** Notes that row {@code id} is settled; a failing disk costs at most duplicates, so it is logged, not thrown. */
    synchronized void note(long id) {
        try {
            FileChannel c = channel();
            c.write(ByteBuffer.wrap((id + "\n").getBytes(StandardCharsets.US_ASCII)));
            awaiting.add(id);
            if (c.size() > rewritten + COMPACT_AT) {
                compact();
            }
        } catch (IOException | UncheckedIOException e) {
            if (!failed) {
                failed = true;
                log.warn("cannot note a sent message in {}: a crash may send it again ({})", file, e.toString());
            }
        }
    }

    /** The rows are deleted and committed: their ids need not survive the next rewrite. */
    void deleted(Collection<Long> ids) {
        awaiting.removeAll(ids);
    }

    /**
     * Rewrites the file with the ids still awaiting their commit: a new file renamed over the old
     * one, so a kill -9 at any point leaves one of the two whole.
     */
    private void compact() throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.deleteIfExists(next);
        StringBuilder text = new StringBuilder();
        awaiting.forEach(id -> text.append(id).append('\n'));
        byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
        try (FileChannel c = FileChannel.open(next, APPEND, ownerOnly())) {
            c.write(ByteBuffer.wrap(bytes));
        }
        rewritten = bytes.length;
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        channel.close();
        channel = null;
    }

    private FileChannel channel() throws IOException {
        if (channel == null) {
            channel = FileChannel.open(file, APPEND, ownerOnly());
        }
        return channel;
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }

    @Override
    public synchronized void close() {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            log.warn("cannot close {} ({})", file, e.toString());
        }
        channel = null;
    }
}
