package ru.sleepbot.dialog;

/**
 * The state of a flow the user is in (symptom check, routine, reminder set-up, clarifying
 * question). Each flow declares its own record; the session holds at most one open flow.
 */
interface FlowState {
}
