/**
 * The dialog engine behind every channel: per-chat sessions, the update pipeline
 * (guard, understand, decide, render) and the flows (answers, follow-ups, clarifying questions,
 * symptom check, routines, reminders). It sees only {@code chat} records, never a channel's types.
 */
package ru.sleepbot.dialog;
