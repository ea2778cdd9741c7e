package ru.sleepbot.safety;

import java.util.List;
import java.util.Map;

/**
 * How triage did on a table. Recall of a level counts the messages answered at that level or a
 * more urgent one (an urgent message that got the ambulance is not missed); {@code exact} counts
 * the level itself. A false alarm is an ordinary message answered with the ambulance or "a
 * doctor soon"; medicine messages are answered safely when they get the medicine reply or a more
 * urgent one. {@code signs} is the share of alarms (emergency or urgent, answered at their level)
 * whose sign is the expected one.
 */
public record TriageScores(Map<Level, LevelScore> levels, double falseAlarms, int falseAlarmCount,
                           double medicineSafe, double signAgreement, List<Miss> misses) {

    public TriageScores {
        levels = Map.copyOf(levels);
        misses = List.copyOf(misses);
    }

    /** Figures of the messages expected at one level. */
    public record LevelScore(int messages, int recalled, int exact) {

        public double recall() {
            return messages == 0 ? Double.NaN : (double) recalled / messages;
        }

        public double exactShare() {
            return messages == 0 ? Double.NaN : (double) exact / messages;
        }
    }

    /** A message whose level was not the expected one, or whose alarm named another sign. */
    public record Miss(TriageSample expected, Assessment got) {
    }
}
