package ru.sleepbot.diary;

import java.util.Objects;

/**
 * Nights after evenings with something (a factor, or the routine) against nights after evenings
 * without it: how many had jerks on each side, and what Fisher's exact test says.
 *
 * @param what    a factor's key, or {@link Insights#ROUTINE}
 * @param p       the two-sided p-value of Fisher's exact test (1 when not tested)
 * @param enough  at least {@link Insights#MIN_EACH_SIDE} nights on each side, so the test was run
 */
public record Comparison(String what, int with, int withJerks, int without, int withoutJerks, double p,
                         boolean enough) {

    public Comparison {
        Objects.requireNonNull(what, "what");
        if (withJerks > with || withoutJerks > without || withJerks < 0 || withoutJerks < 0) {
            throw new IllegalArgumentException("counts out of range for " + what);
        }
    }

    /** The stated test says the difference is real: enough nights each side and p below the threshold. */
    public boolean link() {
        return enough && p < Insights.P_THRESHOLD;
    }

    /** True when jerks were more frequent with it than without it. */
    public boolean more() {
        return (double) withJerks / with > (double) withoutJerks / without;
    }
}
