package ru.sleepbot.nlu.opennlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.LoggerFactory;
import ru.sleepbot.nlu.IntentSample;

/**
 * A trained {@link IntentModel} on disk, so the bot loads it at start instead of training (the
 * build trains it at package time). The file starts with a fingerprint of everything that went
 * into training (this format's version, the options, every sample and the cue lists); a model
 * whose fingerprint differs from the content being run is not used, so edited content is never
 * answered by a stale model. Then the finer intents' parents, the parts of the reading, the weight
 * of the naive Bayes blend, the feature names, the maxent's weights and, when the weight is above
 * 0, the naive Bayes table: the tables the model evaluates ({@link TableCodec}), not OpenNLP's own
 * files, so that start-up reads arrays instead of rebuilding OpenNLP's maps and then the tables
 * (and the naive Bayes part keeps only its non-zero counts: the file went from 16.9 MB to 7.0 MB).
 */
public final class ModelFile {

    /** Where the build puts the model, on the classpath and inside the jar. */
    public static final String RESOURCE = "/nlu/intent-model.bin";

    /** Raise whenever features or their reading change, so that old files are not trusted. */
    private static final int FORMAT = 4;
    private static final String MAGIC = "drema-intent-model";

    private ModelFile() {
    }

    /** The fingerprint of a training run: equal fingerprints train equal models. */
    public static String fingerprint(List<IntentSample> samples, Cues cues, TrainingOptions options) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((MAGIC + FORMAT + "\n" + options + "\n" + cues.fingerprintText()).getBytes(StandardCharsets.UTF_8));
            for (IntentSample s : samples) {
                digest.update((s.intent() + '\t' + s.parent() + '\t' + s.text() + '\n').getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static void write(IntentModel model, String fingerprint, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        data.writeUTF(MAGIC);
        data.writeInt(FORMAT);
        data.writeUTF(fingerprint);
        data.writeInt(model.parents().size());
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(model.parents()).entrySet()) {
            data.writeUTF(e.getKey());
            data.writeUTF(e.getValue());
        }
        data.writeInt(model.reading().size());
        for (Reading part : new java.util.TreeSet<>(model.reading())) {
            data.writeUTF(part.name());
        }
        data.writeDouble(model.blend().map(BayesBlend::weight).orElse(0.0));
        TableCodec.writeIndex(model.index(), data);
        TableCodec.writeMaxent(model.maxent(), data);
        if (model.blend().isPresent()) {
            TableCodec.writeBayes(model.blend().get().table(), data);
        }
        data.flush();
    }

    /**
     * A model as read from a file, not yet tied to content: it becomes an {@link IntentModel}
     * only for content with its fingerprint. Reading it needs no content, so the bot reads the
     * file while it loads the content.
     */
    public static final class Stored {

        private final String fingerprint;
        private final Map<String, String> parents;
        private final Set<Reading> reading;
        private final FeatureIndex index;
        private final MaxentTable maxent;
        private final Optional<BayesBlend> blend;

        private Stored(String fingerprint, Map<String, String> parents, Set<Reading> reading, FeatureIndex index,
                       MaxentTable maxent, Optional<BayesBlend> blend) {
            this.fingerprint = fingerprint;
            this.parents = parents;
            this.reading = reading;
            this.index = index;
            this.maxent = maxent;
            this.blend = blend;
        }

        public String fingerprint() {
            return fingerprint;
        }

        /** The model, when it was trained on exactly the content of this fingerprint. */
        public Optional<IntentModel> fitting(String contentFingerprint, Cues cues) {
            return fingerprint.equals(contentFingerprint)
                    ? Optional.of(new IntentModel(index, maxent, blend, parents, cues, reading))
                    : Optional.empty();
        }
    }

    /** Reads a model file; an error when it is damaged or of another format. */
    public static Stored read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        if (!MAGIC.equals(data.readUTF()) || data.readInt() != FORMAT) {
            throw new IOException("not an intent model of format " + FORMAT);
        }
        String fingerprint = data.readUTF();
        int count = data.readInt();
        Map<String, String> parents = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            parents.put(data.readUTF(), data.readUTF());
        }
        int parts = data.readInt();
        EnumSet<Reading> reading = EnumSet.noneOf(Reading.class);
        for (int i = 0; i < parts; i++) {
            reading.add(Reading.valueOf(data.readUTF()));
        }
        double bayesWeight = data.readDouble();
        try {
            FeatureIndex index = TableCodec.readIndex(data);
            MaxentTable maxent = TableCodec.readMaxent(data);
            Optional<BayesBlend> blend = Optional.empty();
            if (bayesWeight > 0) {
                blend = Optional.of(new BayesBlend(maxent.outcomes(), TableCodec.readBayes(data), bayesWeight));
            }
            checkSize(maxent.start().length, index);
            blend.ifPresent(b -> checkSize(b.table().start().length, index));
            return new Stored(fingerprint, parents, reading, index, maxent, blend);
        } catch (IllegalArgumentException e) {
            throw new IOException("the intent model's tables do not fit together", e);
        }
    }

    private static void checkSize(int rows, FeatureIndex index) {
        if (rows != index.size() + 1) {
            throw new IllegalArgumentException(rows - 1 + " rows for " + index.size() + " features");
        }
    }
    /** The model bundled at {@link #RESOURCE}; empty when there is none or it cannot be read. */
    public static Optional<Stored> bundled() {
        try (InputStream in = ModelFile.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        } catch (IOException | RuntimeException e) {
            // A damaged file costs a few seconds of training, never the start.
            LoggerFactory.getLogger(ModelFile.class).warn("the bundled intent model cannot be read; training instead", e);
            return Optional.empty();
        }
    }
}
