package ru.sleepbot.dialog;

import java.util.Optional;
import ru.sleepbot.nlu.Utterance;

/**
 * The first step for every free-text message, in any state of the dialog (open flows included):
 * triage, and the emergency mode an emergency reply opens. Implemented in
 * {@code dialog.emergency}; the engine knows only this.
 */
public interface Guard {

    /** The replies that take the place of the normal pipeline, or empty to go on to the features. */
    Optional<Guarded> check(Turn turn, Utterance said);

    /** The user typed a command: a deliberate step elsewhere, which ends any alarm's follow-ups. */
    void leave(Turn turn);
}
