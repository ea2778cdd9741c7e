package ru.sleepbot.dialog.account;

import ru.sleepbot.dialog.FlowState;

/**
 * The open question "delete everything about you?" of /forget, waiting for yes or no from the
 * person who asked ({@code userId}): in a group, nobody else's answer counts.
 */
record ForgetConfirmation(long userId) implements FlowState {
}
