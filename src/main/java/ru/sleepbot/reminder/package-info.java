/**
 * Prompts the bot sends on its own: the evening one, and the diary's morning check-in and Sunday
 * chart ({@link ru.sleepbot.reminder.PromptSource}). The schedule math (java.time, any zone, DST),
 * and the service that reads due work from the database and claims each prompt, in one unit of
 * work with its row in the durable outbox.
 */
package ru.sleepbot.reminder;
