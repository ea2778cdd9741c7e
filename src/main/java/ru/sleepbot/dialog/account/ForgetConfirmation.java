package ru.sleepbot.dialog.account;

import ru.sleepbot.dialog.FlowState;
/** The open question "delete everything about you?" of /forget, waiting for yes or no. */
record ForgetConfirmation() implements FlowState {
}
