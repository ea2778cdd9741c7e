package ru.sleepbot.nlu.opennlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Every feature name a trained model knows, numbered once when the model is built or loaded, so
 * that a message looks each of its features up once for both models (the maxent and the naive
 * Bayes table) and then works with primitive arrays. An open-addressing table over the names:
 * a look-up costs one hash and, mostly, one string comparison, and boxes nothing. Immutable.
 */
final class FeatureIndex {

    private static final int SLOT = 4;

    private final String[] names;
    /** Every name's characters one after the other; a slot says where its name starts. */
    private final char[] chars;
    /**
     * The open-addressing table, {@link #SLOT} ints per slot side by side, so that a look-up reads
     * one cache line before it compares characters: the name's hash, its id (-1: an empty slot),
     * where its characters start and how many there are.
     */
    private final int[] slots;
    private final int mask;
    /** 32 minus the bits of a slot: a slot is the top bits of the mixed hash. */
    private final int shift;

    /** Numbers the names in the order given; a name given twice is an error. */
    FeatureIndex(List<String> names) {
        this.names = names.toArray(String[]::new);
        int[] offset = new int[this.names.length + 1];
        for (int id = 0; id < this.names.length; id++) {
            offset[id + 1] = offset[id] + this.names[id].length();
        }
        this.chars = new char[offset[this.names.length]];
        for (int id = 0; id < this.names.length; id++) {
            this.names[id].getChars(0, this.names[id].length(), chars, offset[id]);
        }
        int capacity = Integer.highestOneBit(Math.max(4, this.names.length * 2 - 1)) << 1;
        this.slots = new int[capacity * SLOT];
        for (int slot = 0; slot < capacity; slot++) {
            slots[slot * SLOT + 1] = -1;
        }
        this.mask = capacity - 1;
        this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
        for (int id = 0; id < this.names.length; id++) {
            int length = this.names[id].length();
            int hash = hash(chars, offset[id], length);
            if (find(chars, offset[id], length, hash) >= 0) {
                throw new IllegalArgumentException("the feature " + this.names[id] + " is named twice");
            }
            int slot = slot(hash);
            while (slots[slot * SLOT + 1] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot * SLOT] = hash;
            slots[slot * SLOT + 1] = id;
            slots[slot * SLOT + 2] = offset[id];
            slots[slot * SLOT + 3] = length;
        }
    }

    /** Every feature any of these OpenNLP models knows, the first model's first. */
    @SuppressWarnings("unchecked")
    static FeatureIndex of(List<? extends MaxentModel> models) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (MaxentModel model : models) {
            names.addAll(((Map<String, Context>) ((AbstractModel) model).getDataStructures()[1]).keySet());
        }
        return new FeatureIndex(new ArrayList<>(names));
    }

    int size() {
        return names.length;
    }

    String name(int id) {
        return names[id];
    }

    /** The id of this feature, or -1 when the model never saw it. */
    int id(String name) {
        char[] spelled = name.toCharArray();
        return id(spelled, spelled.length);
    }

    /** The id of the feature spelled by {@code name[0, length)} (a name being built), or -1: no string is made. */
    int id(char[] name, int length) {
        return find(name, 0, length, hash(name, 0, length));
    }

    /** The ids of the first {@code count} names, -1 for an unknown one. */
    int[] ids(String[] features, int count) {
        int[] out = new int[count];
        for (int f = 0; f < count; f++) {
            out[f] = id(features[f]);
        }
        return out;
    }

    private int find(char[] name, int from, int length, int hash) {
        for (int slot = slot(hash) * SLOT; slots[slot + 1] >= 0; slot = (slot + SLOT) & (mask * SLOT + SLOT - 1)) {
            if (slots[slot] == hash && slots[slot + 3] == length
                    && Arrays.equals(chars, slots[slot + 2], slots[slot + 2] + length, name, from, from + length)) {
                return slots[slot + 1];
            }
        }
        return -1;
    }

    private static int hash(char[] name, int from, int length) {
        int hash = 0;
        for (int i = from; i < from + length; i++) {
            hash = 31 * hash + name[i];
        }
        return hash;
    }

    private int slot(int hash) {
        // Fibonacci hashing: the top bits of the product spread the names' similar hash codes.
        return (hash * 0x9E3779B1) >>> shift;
    }
}
