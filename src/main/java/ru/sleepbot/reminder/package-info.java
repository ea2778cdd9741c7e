/**
 * Evening prompts: the schedule math (java.time, any zone, DST), and the service that reads due
 * work from the database and claims each prompt before handing it to the outbound queue.
 */
package ru.sleepbot.reminder;
