/**
 * The sleep diary's conversation: starting it with a morning time, the check-in of a night (by
 * buttons or words, past nights and corrections included), notes with their own consent, the
 * chart, what the diary says, /report and /export, and the diary's morning and weekly prompts.
 * Other features report to it through {@link ru.sleepbot.dialog.Journal}; the warning signs it
 * notes are triage's, from the alarm the guard opened for the user's message; what it draws and
 * computes lives in {@link ru.sleepbot.diary}. Private chats only.
 */
package ru.sleepbot.dialog.diary;
