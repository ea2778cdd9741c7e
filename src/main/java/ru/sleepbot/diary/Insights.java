package ru.sleepbot.diary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * What the diary says, by a stated test: for every evening factor (and the routine), the nights
 * with jerks after evenings with it against those without it, compared by Fisher's exact test
 * (two-sided). A link is claimed only when p < 0.1 with at least 3 nights on each side, and only
 * once 10 nights with both answers are in the diary; otherwise "no link yet". Only nights whose
 * jerks and evening were both answered count: a skipped question is never guessed.
 */
public final class Insights {

    public static final int MIN_NIGHTS = 10;
    public static final int MIN_EACH_SIDE = 3;
    public static final double P_THRESHOLD = 0.1;
    /** The routine done the evening before, compared like a factor. */
    public static final String ROUTINE = "routine";

    private static final FisherExactTest FISHER = FisherExactTest.withDefaults();

    private Insights() {
    }

    /** Nights that can be compared: jerks answered (the routine joins by itself). */
    public static long comparable(DiaryPeriod period) {
        return period.nights().stream().filter(n -> n.jerks().isPresent()).count();
    }

    /** One comparison per factor and the routine, in that order; empty when fewer than {@link #MIN_NIGHTS} nights. */
    public static List<Comparison> of(DiaryPeriod period) {
        if (comparable(period) < MIN_NIGHTS) {
            return List.of();
        }
        List<Comparison> out = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            out.add(compare(period, factor.key(), n -> n.had(factor)));
        }
        out.add(compare(period, ROUTINE, n -> Optional.of(n.routineDone())));
        return out;
    }

    static Comparison compare(DiaryPeriod period, String what, Function<Night, Optional<Boolean>> side) {
        int with = 0;
        int withJerks = 0;
        int without = 0;
        int withoutJerks = 0;
        for (Night night : period.nights()) {
            Optional<Jerks> jerks = night.jerks();
            Optional<Boolean> had = side.apply(night);
            if (jerks.isEmpty() || had.isEmpty()) {
                continue;
            }
            int jerked = jerks.get().any() ? 1 : 0;
            if (had.get()) {
                with++;
                withJerks += jerked;
            } else {
                without++;
                withoutJerks += jerked;
            }
        }
        boolean enough = with >= MIN_EACH_SIDE && without >= MIN_EACH_SIDE;
        double p = enough ? fisher(withJerks, with - withJerks, withoutJerks, without - withoutJerks) : 1.0;
        return new Comparison(what, with, withJerks, without, withoutJerks, p, enough);
    }

    /** Two-sided p-value of Fisher's exact test on the 2x2 table [[a, b], [c, d]]. */
    static double fisher(int a, int b, int c, int d) {
        return FISHER.test(new int[][] {{a, b}, {c, d}}).getPValue();
    }
}
