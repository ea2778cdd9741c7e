package ru.sleepbot.telegram;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's {@code %msg} with bot tokens masked: a safety net under every logger, ours and the
 * libraries', since a URL quoted anywhere would carry the token. Public because logback creates it
 * by name from logback.xml.
 */
public final class RedactingMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return TokenRedaction.redact(super.convert(event));
    }
}
