/**
 * Emergency mode: the dialog's first step for free text ({@link ru.sleepbot.dialog.Guard}). It
 * triages every message ({@code safety}), answers alarms on their own, and after an emergency
 * reply keeps short follow-ups in that situation for about 15 minutes (the state lives in the
 * session as {@link ru.sleepbot.dialog.Alarm}); a warning sign keeps short questions about it (whom to
 * see, how soon) for the same while.
 */
package ru.sleepbot.dialog.emergency;
