package ru.sleepbot.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.ContentSnapshot;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.SnapshotIn;
import ru.sleepbot.content.SnapshotOut;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.safety.Triage;
import ru.sleepbot.safety.TriageSnapshot;

/**
 * What start-up would otherwise work out from the content every time, worked out by the build
 * ({@link ModelBuild}, at package time) and bundled in the jar: the loaded content, the compiled
 * triage rules and the intent model's fingerprint for that content. Parsing the YAML and compiling
 * the rules took most of the time to the first reply. The file starts with the stamps of what it
 * was made from ({@link BuildInputs}: content and classes); any other content or code means the
 * snapshot is not read, and start-up loads and compiles as before.
 */
final class StartSnapshot {

    /** Where the build puts the snapshot, on the classpath and inside the jar. */
    static final String RESOURCE = "/start/snapshot.bin";

    private static final Logger log = LoggerFactory.getLogger(StartSnapshot.class);
    private static final String MAGIC = "drema-start-snapshot";
    /** Raise when the layout of the file changes (the classes' stamps cover that too, but say it plainly). */
    private static final int FORMAT = 1;

    /** What the snapshot holds. */
    record Contents(KnowledgeBase knowledge, Triage triage, String modelFingerprint) {
    }

    private StartSnapshot() {
    }

    /** Loads the content folder, compiles it and writes the snapshot for it and the classes being run. */
    static void write(Path content, Path file) throws IOException {
        KnowledgeBase knowledge = new ContentLoader().load(content);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream stream = Files.newOutputStream(file)) {
            SnapshotOut out = new SnapshotOut(stream);
            out.string(MAGIC).integer(FORMAT).strings(BuildInputs.stamps(Optional.of(content)));
            out.string(IntentModels.fingerprint(knowledge));
            ContentSnapshot.write(knowledge, out);
            TriageSnapshot.write(knowledge, out);
            out.string(MAGIC);
            out.flush();
        }
    }

    /**
     * The bundled snapshot when it was made from exactly this content ({@code contentFolder}, or
     * the bundled content) and these classes; empty otherwise, or when it cannot be read.
     */
    static Optional<Contents> bundled(Optional<Path> contentFolder, RussianAnalyzer analyzer) {
        try (InputStream stream = StartSnapshot.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                log.debug("no start-up snapshot on the classpath");
                return Optional.empty();
            }
            return fitting(stream.readAllBytes(), contentFolder, analyzer);
        } catch (IOException e) {
            log.warn("the start-up snapshot cannot be read; loading the content instead", e);
            return Optional.empty();
        }
    }

    /** The snapshot in {@code bytes} when it was made from exactly this content and these classes. */
    static Optional<Contents> fitting(byte[] bytes, Optional<Path> contentFolder, RussianAnalyzer analyzer) {
        long start = System.nanoTime();
        try {
            SnapshotIn in = new SnapshotIn(bytes);
            if (!MAGIC.equals(in.string()) || in.integer() != FORMAT) {
                log.debug("the start-up snapshot is of another format");
                return Optional.empty();
            }
            List<String> madeFrom = in.strings();
            List<String> current = BuildInputs.stamps(contentFolder);
            log.debug("content and classes stamped in {} ms", millisSince(start));
            if (!madeFrom.equals(current)) {
                log.info("the start-up snapshot was made from other content or code; loading the content");
                return Optional.empty();
            }
            String modelFingerprint = in.string();
            KnowledgeBase knowledge = ContentSnapshot.read(in);
            Triage triage = TriageSnapshot.read(in, analyzer);
            if (!MAGIC.equals(in.string())) {
                throw new IOException("the start-up snapshot does not end where it should");
            }
            log.debug("content and triage rules read from the start-up snapshot in {} ms", millisSince(start));
            return Optional.of(new Contents(knowledge, triage, modelFingerprint));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // A damaged snapshot costs the time it was meant to save, never the start.
            log.warn("the start-up snapshot cannot be read; loading the content instead", e);
            return Optional.empty();
        }
    }

    static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
