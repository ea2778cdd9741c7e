package ru.sleepbot.chat;

/**
 * Puts one message on the wire (the Telegram Bot API). The outbound queue calls it at the pace
 * Telegram allows and acts on the result; a transport never retries by itself.
 */
@FunctionalInterface
public interface Transport {

    DeliveryResult deliver(Outgoing message);
}
