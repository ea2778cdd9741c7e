package ru.sleepbot.chat;

/**
 * Puts one message on the wire (the Telegram Bot API). The outbound queue calls it at the pace
 * Telegram allows and acts on the result; a transport never retries by itself.
 */
@FunctionalInterface
public interface Transport {

    DeliveryResult deliver(Outgoing message);

    /**
     * The same, and runs {@code onAccepted} as soon as Telegram's answer says the message was
     * accepted, before this returns: a transport that reads answers on a thread of its own runs it
     * there, the moment the answer is read, so the outbox can note the message as sent without
     * waiting for this thread to wake up (a kill -9 in between sends it again at the next start).
     * {@code onAccepted} must be quick and must not throw.
     */
    default DeliveryResult deliver(Outgoing message, Runnable onAccepted) {
        DeliveryResult result = deliver(message);
        if (result instanceof DeliveryResult.Delivered) {
            onAccepted.run();
        }
        return result;
    }
}
