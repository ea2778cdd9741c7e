package ru.sleepbot.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoundTripsTest {

    @Test
    void oneSendAtATimeUntilARoundTripIsKnown() {
        assertThat(new RoundTrips(30, 4).inFlight()).isEqualTo(1);
    }

    @Test
    void oneAtATimeKeepsUpWithThirtyASecondOnAFastLink() {
        RoundTrips trips = new RoundTrips(30, 4);
        for (int i = 0; i < 20; i++) {
            trips.add(Duration.ofMillis(20));
        }
        assertThat(trips.inFlight()).isEqualTo(1);
    }

    @Test
    void asManyAsTheRateNeedsAtTheMeasuredRoundTripAndNoMoreThanTheWorkers() {
        RoundTrips trips = new RoundTrips(30, 4);
        for (int i = 0; i < 50; i++) {
            trips.add(Duration.ofMillis(90));
        }
        assertThat(trips.inFlight()).as("30/s × 0.09 s = 2.7").isEqualTo(3);
        for (int i = 0; i < 50; i++) {
            trips.add(Duration.ofSeconds(2));
        }
        assertThat(trips.inFlight()).isEqualTo(4);
    }

    @Test
    void aSlowSpellRaisesItWithinAFewSendsAndItFallsBackAfter() {
        RoundTrips trips = new RoundTrips(30, 4);
        trips.add(Duration.ofMillis(5));
        for (int i = 0; i < 3; i++) {
            trips.add(Duration.ofMillis(400));
        }
        assertThat(trips.inFlight()).isGreaterThan(1);
        for (int i = 0; i < 40; i++) {
            trips.add(Duration.ofMillis(5));
        }
        assertThat(trips.inFlight()).isEqualTo(1);
    }
}
