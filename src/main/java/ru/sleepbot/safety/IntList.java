package ru.sleepbot.safety;

import java.util.Arrays;

/** A growable list of ints without boxing: triage runs on every message and must not allocate much. */
final class IntList {

    private int[] items;
    private int size;

    IntList(int capacity) {
        items = new int[Math.max(1, capacity)];
    }

    void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    /** Adds the value unless it is already there (lists here hold a handful of ids). */
    void addUnique(int value) {
        for (int i = 0; i < size; i++) {
            if (items[i] == value) {
                return;
            }
        }
        add(value);
    }

    int get(int i) {
        return items[i];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }

    int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
