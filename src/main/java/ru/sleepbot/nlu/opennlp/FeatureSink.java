package ru.sleepbot.nlu.opennlp;

import java.util.Arrays;

/**
 * Where {@link MessageFeatures} puts the features of one message. A generator spells each name
 * into the sink's one reusable buffer ({@link #name(String)}, {@link #append(String)}) and adds it
 * with its value, so no string is
 * made per feature unless the sink keeps names: {@link Named} does (training, tests), {@link Ids}
 * looks each name up in the model's {@link FeatureIndex} and keeps the ids of known features only
 * (classifying: an unknown feature adds nothing to either model, so leaving it out changes no
 * number). Not thread-safe: one sink per message.
 */
abstract class FeatureSink {

    private char[] name = new char[48];
    private int length;

    /** Starts spelling a feature's name with this prefix ("s="); then append, then {@link #add(float)}. */
    final FeatureSink name(String prefix) {
        length = 0;
        return append(prefix);
    }

    final FeatureSink append(String part) {
        room(part.length());
        part.getChars(0, part.length(), name, length);
        length += part.length();
        return this;
    }

    final FeatureSink append(char c) {
        room(1);
        name[length++] = c;
        return this;
    }

    /** Adds the feature just spelled with this value. */
    final void add(float value) {
        accept(name, length, value);
    }

    /** Adds a feature by its whole name. */
    final void add(String feature, float value) {
        name(feature).add(value);
    }

    private void room(int more) {
        if (length + more > name.length) {
            name = Arrays.copyOf(name, Math.max(name.length * 2, length + more));
        }
    }

    /** Takes the feature spelled in {@code spelled[0, length)}. */
    abstract void accept(char[] spelled, int length, float value);

    /** The features' names and values, in the arrays OpenNLP's trainers take. */
    static final class Named extends FeatureSink {

        private String[] names = new String[64];
        private float[] values = new float[64];
        private int size;

        @Override
        void accept(char[] spelled, int length, float value) {
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = new String(spelled, 0, length);
            values[size++] = value;
        }

        String[] names() {
            return Arrays.copyOf(names, size);
        }

        float[] values() {
            return Arrays.copyOf(values, size);
        }

        int size() {
            return size;
        }
    }

    /** The ids of the features a model knows and their values, in the order added. */
    static final class Ids extends FeatureSink {

        private final FeatureIndex index;
        private int[] ids = new int[64];
        private float[] values = new float[64];
        private int size;

        Ids(FeatureIndex index) {
            this.index = index;
        }

        @Override
        void accept(char[] spelled, int length, float value) {
            int id = index.id(spelled, length);
            if (id < 0) {
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            ids[size] = id;
            values[size++] = value;
        }

        /** The ids as collected: only the first {@link #size()} count. */
        int[] ids() {
            return ids;
        }

        /** The values as collected: only the first {@link #size()} count. */
        float[] values() {
            return values;
        }

        int size() {
            return size;
        }
    }
}
