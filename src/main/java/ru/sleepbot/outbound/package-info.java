/**
 * The one way out: every message the bot sends (answers, timed routine steps, evening prompts)
 * is first stored by {@link ru.sleepbot.outbound.DurableOutbox} with the change that caused it, then
 * goes through {@link ru.sleepbot.outbound.OutboundQueue}, which paces sends by Telegram's limits
 * ({@link ru.sleepbot.outbound.TelegramLimits}), puts people who are chatting ahead of bulk prompts,
 * keeps each chat's messages in order, waits out 429s, retries 5xx and network errors until each
 * message's deadline, and turns a chat's reminders off on 403.
 */
package ru.sleepbot.outbound;
