/**
 * Paces an evening routine for each chat: which step it is on, whether the bot moves on by
 * itself after each step's duration, pause and resume. It knows routines and messages, never the
 * dialog: what a step looks like is rendered by a {@link ru.sleepbot.routine.ProgressView}.
 */
package ru.sleepbot.routine;
