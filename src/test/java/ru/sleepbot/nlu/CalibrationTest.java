package ru.sleepbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void fittingAnOverconfidentClassifierBringsItsConfidenceDownToItsAccuracy() {
        // Says 0.9 and is right 60 % of the time; says 0.6 and is right 40 % of the time.
        List<Double> confidences = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        Random random = new Random(1);
        for (int i = 0; i < 2000; i++) {
            boolean high = i % 2 == 0;
            confidences.add(high ? 0.9 : 0.6);
            right.add(random.nextDouble() < (high ? 0.6 : 0.4));
        }
        Calibration fitted = Calibration.fit(confidences, right);
        assertThat(fitted.apply(0.9)).isCloseTo(0.6, within(0.04));
        assertThat(fitted.apply(0.6)).isCloseTo(0.4, within(0.04));
    }

    @Test
    void keepsTheOrderOfConfidencesSoTheRankingNeverChanges() {
        Calibration calibration = new Calibration(0.6, -0.4);
        double previous = -1;
        for (int i = 0; i <= 100; i++) {
            double p = calibration.apply(i / 100.0);
            assertThat(p).isGreaterThan(previous).isBetween(0.0, 1.0);
            previous = p;
        }
    }

    @Test
    void tooFewPointsLeaveConfidencesAsTheyAre() {
        assertThat(Calibration.fit(List.of(0.9, 0.8), List.of(true, false))).isEqualTo(Calibration.IDENTITY);
        assertThat(Calibration.IDENTITY.apply(0.42)).isCloseTo(0.42, within(1e-9));
    }

    @Test
    void aCalibratedClassifierScalesBothConfidencesAndKeepsTheIntents() {
        IntentClassifier raw = u -> new Classification("a", 0.9, "b", 0.05, "a_fine");
        Classification got = new Calibration(0.5, 0).applyTo(raw).classify(Said.of("x"));
        assertThat(got.intent()).isEqualTo("a");
        assertThat(got.fineIntent()).isEqualTo("a_fine");
        assertThat(got.confidence()).isCloseTo(0.75, within(1e-9));
        assertThat(got.runnerUpConfidence()).isGreaterThan(0.05);
    }
}
