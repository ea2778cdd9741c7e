package ru.sleepbot.safety;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ru.sleepbot.nlu.Utterance;

/** Scores a {@link Triage} against a table of expected levels and signs ({@code eval safety}). */
public final class TriageEvaluator {

    private TriageEvaluator() {
    }

    public static TriageScores score(Triage triage, Function<String, Utterance> read, List<TriageSample> samples) {
        Map<Level, int[]> counts = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            counts.put(level, new int[3]);
        }
        List<TriageScores.Miss> misses = new ArrayList<>();
        int falseAlarms = 0;
        int alarms = 0;
        int signsAgreed = 0;
        for (TriageSample sample : samples) {
            Assessment got = triage.assess(read.apply(sample.text()));
            int[] c = counts.get(sample.level());
            c[0]++;
            boolean recalled = sample.level() == Level.ROUTINE
                    ? !got.level().atLeast(Level.URGENT) : got.level().atLeast(sample.level());
            if (recalled) {
                c[1]++;
            }
            if (got.level() == sample.level()) {
                c[2]++;
            }
            if (sample.level() == Level.ROUTINE && got.level().atLeast(Level.URGENT)) {
                falseAlarms++;
            }
            boolean signChecked = got.level() == sample.level() && sample.level() != Level.ROUTINE;
            if (signChecked) {
                alarms++;
                if (got.sign().equals(sample.sign())) {
                    signsAgreed++;
                }
            }
            if (got.level() != sample.level() || signChecked && !got.sign().equals(sample.sign())) {
                misses.add(new TriageScores.Miss(sample, got));
            }
        }
        Map<Level, TriageScores.LevelScore> levels = new EnumMap<>(Level.class);
        counts.forEach((level, c) -> levels.put(level, new TriageScores.LevelScore(c[0], c[1], c[2])));
        int routine = counts.get(Level.ROUTINE)[0];
        return new TriageScores(levels, routine == 0 ? Double.NaN : (double) falseAlarms / routine, falseAlarms,
                levels.get(Level.MEDICINE).recall(), alarms == 0 ? Double.NaN : (double) signsAgreed / alarms, misses);
    }
}
