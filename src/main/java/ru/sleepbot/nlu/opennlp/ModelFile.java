package ru.sleepbot.nlu.opennlp;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import org.slf4j.LoggerFactory;
import ru.sleepbot.nlu.IntentSample;

/**
 * A trained {@link IntentModel} on disk, so the bot loads it at start instead of training (the
 * build trains it at package time). The file starts with a fingerprint of everything that went
 * into training (this format's version, the options, every sample and the cue lists); a model
 * whose fingerprint differs from the content being run is not used, so edited content is never
 * answered by a stale model. Then the finer intents' parents, the parts of the reading, the weight
 * of the naive Bayes blend and, when it is above 0, the naive Bayes model as length-prefixed bytes,
 * then OpenNLP's own binary maxent model (last, because OpenNLP's writer closes its stream).
 */
public final class ModelFile {

    /** Where the build puts the model, on the classpath and inside the jar. */
    public static final String RESOURCE = "/nlu/intent-model.bin";

    /** Raise whenever features or their reading change, so that old files are not trusted. */
    private static final int FORMAT = 3;
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
        DataOutputStream data = new DataOutputStream(out);
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
        if (model.blend().isPresent()) {
            ByteArrayOutputStream bayes = new ByteArrayOutputStream();
            new GenericModelWriter((AbstractModel) model.blend().get().bayes(), new DataOutputStream(bayes)).persist();
            data.writeInt(bayes.size());
            bayes.writeTo(data);
        }
        new GenericModelWriter((AbstractModel) model.maxent(), data).persist();
        data.flush();
    }

    /**
     * A model as read from a file, not yet tied to content: it becomes an {@link IntentModel}
     * only for content with its fingerprint. Reading it needs no content, so the bot reads the
     * file while it loads the content.
     */
    public record Stored(String fingerprint, Map<String, String> parents, Set<Reading> reading, AbstractModel maxent,
                         Optional<AbstractModel> bayes, double bayesWeight) {

        /** The model, when it was trained on exactly the content of this fingerprint. */
        public Optional<IntentModel> fitting(String contentFingerprint, Cues cues) {
            return fingerprint.equals(contentFingerprint)
                    ? Optional.of(new IntentModel(maxent, bayes.map(b -> new BayesBlend(maxent, b, bayesWeight)),
                            parents, cues, reading))
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
        Optional<AbstractModel> bayes = Optional.empty();
        if (bayesWeight > 0) {
            byte[] bytes = data.readNBytes(data.readInt());
            bayes = Optional.of(new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes))).getModel());
        }
        AbstractModel maxent = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
        return new Stored(fingerprint, parents, reading, maxent, bayes, bayesWeight);
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
