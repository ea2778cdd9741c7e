package ru.sleepbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassifyCommandTest {

    private static String formatted(double value) {
        StringBuilder out = new StringBuilder();
        ClassifyCommand.appendConfidence(out, value);
        return out.toString();
    }

    @Test
    void printsConfidenceWithFourDecimals() {
        assertThat(formatted(0.5)).isEqualTo("0.5000");
        assertThat(formatted(0.03125)).isEqualTo("0.0313");
        assertThat(formatted(0.00004)).isEqualTo("0.0000");
        assertThat(formatted(1.0)).isEqualTo("1.0000");
        assertThat(formatted(0.99996)).isEqualTo("1.0000");
    }
}
