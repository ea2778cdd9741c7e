/**
 * Evening prompts: the schedule math (java.time, any zone, DST), the service that reads due work
 * from the database and claims each prompt before sending it, and the one outbound queue that
 * paces every send to Telegram's limits.
 */
package ru.sleepbot.reminder;
