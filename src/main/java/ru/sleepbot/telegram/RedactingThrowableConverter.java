package ru.sleepbot.telegram;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's {@code %ex} with bot tokens masked in exception messages and causes. Public because
 * logback creates it by name from logback.xml.
 */
public final class RedactingThrowableConverter extends ThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return TokenRedaction.redact(super.convert(event));
    }
}
