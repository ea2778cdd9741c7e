package ru.sleepbot.dialog;

/** The open question "delete everything about you?" of /forget, waiting for yes or no. */
record ForgetConfirmation() implements FlowState {
}
