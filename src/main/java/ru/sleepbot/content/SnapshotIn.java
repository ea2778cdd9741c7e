package ru.sleepbot.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@link SnapshotOut} wrote, in the same order, from the whole file in memory (a
 * stream read value by value is several times slower on a cold JVM). A damaged or truncated
 * snapshot ends in an {@link UncheckedIOException}; the caller then builds everything from the
 * content instead.
 */
public final class SnapshotIn {

    private final ByteBuffer data;

    public SnapshotIn(byte[] bytes) {
        this.data = ByteBuffer.wrap(bytes);
    }

    public int integer() {
        try {
            return data.getInt();
        } catch (BufferUnderflowException e) {
            throw damaged("it ends too early");
        }
    }

    public boolean bool() {
        try {
            return data.get() != 0;
        } catch (BufferUnderflowException e) {
            throw damaged("it ends too early");
        }
    }

    /** A string, or null. */
    public String string() {
        int length = integer();
        if (length < -1 || length > data.remaining()) {
            throw damaged("a string of " + length + " bytes");
        }
        if (length < 0) {
            return null;
        }
        String value = new String(data.array(), data.position(), length, StandardCharsets.UTF_8);
        data.position(data.position() + length);
        return value;
    }

    public List<String> strings() {
        int n = size();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(string());
        }
        return values;
    }

    public Map<String, List<String>> stringLists() {
        int n = size();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            lists.put(string(), List.copyOf(strings()));
        }
        return lists;
    }

    public int[] ints() {
        int[] values = new int[size()];
        try {
            data.asIntBuffer().get(values);
        } catch (BufferUnderflowException e) {
            throw damaged("it ends too early");
        }
        data.position(data.position() + 4 * values.length);
        return values;
    }

    public int[][] intArrays() {
        int[][] values = new int[size()][];
        for (int i = 0; i < values.length; i++) {
            values[i] = ints();
        }
        return values;
    }

    public boolean[] bools() {
        boolean[] values = new boolean[size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = bool();
        }
        return values;
    }

    public char[] chars() {
        char[] values = new char[size()];
        try {
            data.asCharBuffer().get(values);
        } catch (BufferUnderflowException e) {
            throw damaged("it ends too early");
        }
        data.position(data.position() + 2 * values.length);
        return values;
    }

    /** A count, which must fit in what is left: a damaged file must not allocate a huge array. */
    public int size() {
        int n = integer();
        if (n < 0 || n > data.remaining()) {
            throw damaged("a count of " + n);
        }
        return n;
    }

    private static UncheckedIOException damaged(String what) {
        return new UncheckedIOException(new IOException("damaged snapshot: " + what));
    }
}
