package ru.sleepbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import ru.sleepbot.time.MutableClock;

class CaffeineSessionStoreTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T20:00:00Z"));

    @Test
    void keepsASessionWhileTheUserKeepsTalking() {
        CaffeineSessionStore sessions = new CaffeineSessionStore(new SessionSettings(Duration.ofMinutes(30), 100), clock);
        Session first = sessions.load(1);
        clock.advance(Duration.ofMinutes(20));
        sessions.load(1);
        clock.advance(Duration.ofMinutes(20));

        assertThat(sessions.load(1)).isSameAs(first);
    }

    @Test
    void dropsASessionAfterTheIdleExpiry() {
        CaffeineSessionStore sessions = new CaffeineSessionStore(new SessionSettings(Duration.ofMinutes(30), 100), clock);
        Session first = sessions.load(1);
        clock.advance(Duration.ofMinutes(31));

        assertThat(sessions.size()).isZero();
        assertThat(sessions.load(1)).isNotSameAs(first);
    }

    @Test
    void keepsNoMoreSessionsThanTheBound() {
        CaffeineSessionStore sessions = new CaffeineSessionStore(new SessionSettings(Duration.ofMinutes(30), 50), clock);
        for (long chat = 0; chat < 500; chat++) {
            sessions.load(chat);
        }

        assertThat(sessions.size()).isLessThanOrEqualTo(50);
    }

    @Test
    void keepsWhatASessionHoldsAcrossJavaSerialisation() throws Exception {
        Session session = new Session(7);
        session.talkedAbout("hypnic_jerk", ru.sleepbot.content.Aspect.CAUSES);
        session.countMiss();
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(session);
        }
        Session copy;
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Session) in.readObject();
        }

        assertThat(copy.chatId()).isEqualTo(7);
        assertThat(copy.topicId()).contains("hypnic_jerk");
        assertThat(copy.misses()).isEqualTo(1);
    }
}
