package ru.sleepbot.dialog;

import java.util.Map;

/**
 * What other features report to the sleep diary, which keeps it by itself for users who keep a
 * diary (and ignores it for everyone else): a routine done or rated, a symptom check answered.
 * Features know only this interface; the diary implements it.
 */
public interface Journal {

    /** For features assembled without a diary (tests of other parts). */
    Journal NONE = new Journal() {
    };

    /** A routine was finished ({@code feeling} null) or rated 1..5 afterwards. */
    default void routineDone(Turn turn, String routineId, Integer feeling) {
    }

    /** The symptom check ended: its answers in the order asked (step key → option key) and its main finding. */
    default void checkAnswered(Turn turn, Map<String, String> answers, String finding) {
    }
}
