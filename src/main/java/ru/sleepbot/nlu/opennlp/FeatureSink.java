package ru.sleepbot.nlu.opennlp;

import java.util.Arrays;

/** The features of one message with their values, in the arrays OpenNLP's model evaluates. */
final class FeatureSink {

    private String[] names = new String[64];
    private float[] values = new float[64];
    private int size;

    void add(String name, float value) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
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
