package ru.sleepbot.nlu.opennlp;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * answered by a stale model. Then the finer intents' parents, the parts of the reading, then
 * OpenNLP's own binary model.
 */
public final class ModelFile {

    /** Where the build puts the model, on the classpath and inside the jar. */
    public static final String RESOURCE = "/nlu/intent-model.bin";

    /** Raise whenever features or their reading change, so that old files are not trusted. */
    private static final int FORMAT = 2;
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
        new GenericModelWriter((AbstractModel) model.maxent(), data).persist();
        data.flush();
    }

    /** The model in {@code in} when it was trained on exactly this content; empty otherwise; an error when damaged. */
    public static Optional<IntentModel> read(InputStream in, String fingerprint, Cues cues) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        if (!MAGIC.equals(data.readUTF()) || data.readInt() != FORMAT || !fingerprint.equals(data.readUTF())) {
            return Optional.empty();
        }
        int count = data.readInt();
        Map<String, String> parents = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            parents.put(data.readUTF(), data.readUTF());
        }
        int parts = data.readInt();
        java.util.EnumSet<Reading> reading = java.util.EnumSet.noneOf(Reading.class);
        for (int i = 0; i < parts; i++) {
            reading.add(Reading.valueOf(data.readUTF()));
        }
        AbstractModel maxent = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
        return Optional.of(new IntentModel(maxent, parents, cues, reading));
    }

    /** The model bundled at {@link #RESOURCE}, when there is one and it fits this content. */
    public static Optional<IntentModel> bundled(String fingerprint, Cues cues) {
        try (InputStream in = ModelFile.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : read(in, fingerprint, cues);
        } catch (IOException | RuntimeException e) {
            // A damaged file costs a few seconds of training, never the start.
            LoggerFactory.getLogger(ModelFile.class).warn("the bundled intent model cannot be read; training instead", e);
            return Optional.empty();
        }
    }
}
