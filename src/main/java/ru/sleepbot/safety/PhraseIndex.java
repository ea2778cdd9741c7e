package ru.sleepbot.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of several words, by the patterns of their first two words: a message word is tried
 * only against the phrases whose second word is actually there a few words on, so that frequent
 * first words ("не", "в", "у") cost nothing when nothing follows them. Open addressing over
 * primitive keys: a lookup allocates nothing. Immutable.
 */
final class PhraseIndex {

    private static final int[] NONE = new int[0];

    private final long[] keys;
    private final int[][] values;
    private final boolean[] firsts;
    private final boolean[] seconds;
    private final int mask;

    /** Indexes {@code termIds} (in the order given, kept within each pair) of {@code terms}. */
    PhraseIndex(List<Term> terms, List<Integer> termIds, int patternCount) {
        Map<Long, List<Integer>> byPair = new HashMap<>();
        firsts = new boolean[patternCount];
        seconds = new boolean[patternCount];
        for (int t : termIds) {
            int[] parts = terms.get(t).parts();
            firsts[parts[0]] = true;
            seconds[parts[1]] = true;
            byPair.computeIfAbsent(key(parts[0], parts[1]), k -> new ArrayList<>()).add(t);
        }
        int capacity = Integer.highestOneBit(Math.max(4, byPair.size() * 3)) << 1;
        keys = new long[capacity];
        java.util.Arrays.fill(keys, -1L);
        values = new int[capacity][];
        mask = capacity - 1;
        byPair.forEach((key, list) -> {
            int at = slot(key);
            while (keys[at] != -1L) {
                at = (at + 1) & mask;
            }
            keys[at] = key;
            values[at] = list.stream().mapToInt(Integer::intValue).toArray();
        });
    }

    /** True when some phrase starts with this pattern. */
    boolean starts(int first) {
        return firsts[first];
    }

    /** The phrases whose first two words are these patterns. */
    int[] get(int first, int second) {
        if (!seconds[second]) {
            return NONE; // most words are the second word of no phrase: no hashing for them
        }
        long key = key(first, second);
        for (int at = slot(key); keys[at] != -1L; at = (at + 1) & mask) {
            if (keys[at] == key) {
                return values[at];
            }
        }
        return NONE;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private static long key(int first, int second) {
        return ((long) first << 32) | (second & 0xffffffffL);
    }
}
