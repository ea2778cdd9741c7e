/**
 * The Telegram channel: our own long-polling loop (each update read on its own, a batch confirmed
 * only once its replies are stored) turns updates into {@link ru.sleepbot.chat.Incoming}
 * events for the dialog, and replies go out as Bot API calls through a {@link ru.sleepbot.chat.Transport}
 * that the outbound queue paces. {@link ru.sleepbot.telegram.TelegramChannel} is the one way in; the
 * rest is package-private. The bot token never leaves this package in a log line or exception message.
 */
package ru.sleepbot.telegram;
