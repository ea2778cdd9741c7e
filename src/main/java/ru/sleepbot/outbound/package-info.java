/**
 * The one way out: every message the bot sends (answers, timed routine steps, evening prompts)
 * goes through {@link ru.sleepbot.outbound.OutboundQueue}, which paces sends by Telegram's limits
 * ({@link ru.sleepbot.outbound.TelegramLimits}), puts people who are chatting ahead of bulk prompts,
 * keeps each chat's messages in order, waits out 429s, retries 5xx and network errors, and turns a
 * chat's reminders off on 403.
 */
package ru.sleepbot.outbound;
