package ru.sleepbot.dialog;

import java.io.Serializable;

/**
 * The state of a flow the user is in (symptom check, routine, reminder set-up, a confirmation).
 * Each flow declares its own record; the session holds at most one open flow. Records of plain
 * values, so that a session store may serialise them.
 */
public interface FlowState extends Serializable {
}
