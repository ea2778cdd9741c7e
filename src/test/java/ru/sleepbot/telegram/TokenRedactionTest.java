package ru.sleepbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class TokenRedactionTest {

    private static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    @Test
    void masksATokenInAUrl() {
        assertThat(TokenRedaction.redact("POST https://api.telegram.org/bot" + TOKEN + "/getUpdates failed"))
                .isEqualTo("POST https://api.telegram.org/bot<token>/getUpdates failed");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(TokenRedaction.redact("в 22:30 напомнить, chat 4242")).isEqualTo("в 22:30 напомнить, chat 4242");
    }

    @Test
    void masksATokenOfUnusualShapeWhenToldWhichItIs() {
        assertThat(TokenRedaction.redact("url /botshort:tok/x", "short:tok")).isEqualTo("url /bot<token>/x");
    }

    @Test
    void logLinesAndStackTracesNeverShowTheToken() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger logger = context.getLogger("test.redaction");
        IOException error = new IOException("failed: http://h/bot" + TOKEN + "/sendMessage",
                new IllegalStateException("cause /bot" + TOKEN));
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN,
                "calling {}", error, new Object[] {"/bot" + TOKEN + "/getMe"});

        RedactingMessageConverter message = new RedactingMessageConverter();
        RedactingThrowableConverter throwable = new RedactingThrowableConverter();
        throwable.setContext(context);
        throwable.start();

        assertThat(message.convert(event)).isEqualTo("calling /bot<token>/getMe");
        assertThat(throwable.convert(event)).contains("failed: http://h/bot<token>/sendMessage")
                .contains("cause /bot<token>").doesNotContain(TOKEN);
    }

    @Test
    void backOffGrowsToItsCapAndNeverGivesUp() {
        PollingBackOff backOff = new PollingBackOff(Duration.ofMillis(100), Duration.ofSeconds(2), RandomGenerator.of("L64X128MixRandom"));
        long first = backOff.nextBackOffMillis();
        long last = 0;
        for (int i = 0; i < 50; i++) {
            last = backOff.nextBackOffMillis();
        }
        assertThat(first).isBetween(75L, 125L);
        assertThat(last).isBetween(1500L, 2500L);
        backOff.reset();
        assertThat(backOff.nextBackOffMillis()).isBetween(75L, 125L);
    }
}
