package ru.sleepbot.chat;

/**
 * Where messages go that the bot sends on its own, outside a reply to the user's last message:
 * timed routine steps, evening prompts. The Telegram channel backs it with the rate-limited queue.
 */
@FunctionalInterface
public interface Outbox {

    void send(Outgoing message);
}
