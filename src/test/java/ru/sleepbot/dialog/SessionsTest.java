package ru.sleepbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import ru.sleepbot.time.MutableClock;

class SessionsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T20:00:00Z"));

    @Test
    void keepsASessionWhileTheUserKeepsTalking() {
        Sessions sessions = new Sessions(new SessionSettings(Duration.ofMinutes(30), 100), clock);
        Session first = sessions.of(1);
        clock.advance(Duration.ofMinutes(20));
        sessions.of(1);
        clock.advance(Duration.ofMinutes(20));

        assertThat(sessions.of(1)).isSameAs(first);
    }

    @Test
    void dropsASessionAfterTheIdleExpiry() {
        Sessions sessions = new Sessions(new SessionSettings(Duration.ofMinutes(30), 100), clock);
        Session first = sessions.of(1);
        clock.advance(Duration.ofMinutes(31));

        assertThat(sessions.size()).isZero();
        assertThat(sessions.of(1)).isNotSameAs(first);
    }

    @Test
    void keepsNoMoreSessionsThanTheBound() {
        Sessions sessions = new Sessions(new SessionSettings(Duration.ofMinutes(30), 50), clock);
        for (long chat = 0; chat < 500; chat++) {
            sessions.of(chat);
        }

        assertThat(sessions.size()).isLessThanOrEqualTo(50);
    }
}
