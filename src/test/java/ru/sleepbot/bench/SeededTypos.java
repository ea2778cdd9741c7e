package ru.sleepbot.bench;

import java.util.Random;

/** Benchmark messages that are not verbatim content: one seeded edit, as people type. */
final class SeededTypos {

    private SeededTypos() {
    }

    /** {@code text} with, three times in four, one letter dropped, doubled or swapped with the one before. */
    static String seed(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        if (out.length() > 3) {
            int at = 1 + random.nextInt(out.length() - 2);
            switch (random.nextInt(4)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, out.charAt(at));
                case 2 -> {
                    char c = out.charAt(at);
                    out.setCharAt(at, out.charAt(at - 1));
                    out.setCharAt(at - 1, c);
                }
                default -> { }
            }
        }
        return out.toString();
    }
}
