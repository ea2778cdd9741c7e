package ru.sleepbot.content;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes the build's start-up snapshot ({@link SnapshotIn} reads it back): plain values, strings
 * of any length, lists and arrays, so that each part's own file says only what it writes, in
 * which order. Not thread-safe; the caller closes the stream.
 */
public final class SnapshotOut {

    private final DataOutputStream data;

    public SnapshotOut(OutputStream out) {
        this.data = new DataOutputStream(out);
    }

    public SnapshotOut integer(int value) {
        return write(() -> data.writeInt(value));
    }

    public SnapshotOut bool(boolean value) {
        return write(() -> data.writeBoolean(value));
    }

    /** A string of any length, or null. */
    public SnapshotOut string(String value) {
        if (value == null) {
            return integer(-1);
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        integer(bytes.length);
        return write(() -> data.write(bytes));
    }

    public SnapshotOut strings(Collection<String> values) {
        integer(values.size());
        values.forEach(this::string);
        return this;
    }

    /** Lists of strings by key, in the map's iteration order. */
    public SnapshotOut stringLists(Map<String, List<String>> lists) {
        integer(lists.size());
        lists.forEach((key, list) -> {
            string(key);
            strings(list);
        });
        return this;
    }

    public SnapshotOut ints(int[] values) {
        integer(values.length);
        for (int v : values) {
            integer(v);
        }
        return this;
    }

    public SnapshotOut intArrays(int[][] values) {
        integer(values.length);
        for (int[] v : values) {
            ints(v);
        }
        return this;
    }

    public SnapshotOut bools(boolean[] values) {
        integer(values.length);
        for (boolean v : values) {
            bool(v);
        }
        return this;
    }

    /** Characters one by one: a trie's labels may hold any char, a lone surrogate too. */
    public SnapshotOut chars(char[] values) {
        integer(values.length);
        for (char c : values) {
            write(() -> data.writeChar(c));
        }
        return this;
    }

    public void flush() {
        write(data::flush);
    }

    private SnapshotOut write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private interface Write {
        void run() throws IOException;
    }
}
