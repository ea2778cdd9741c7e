package ru.sleepbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.sleepbot.nlu.NluSettings;

class NluSettingsFromEnvironmentTest {

    @Test
    void usesTheCalibratedDefaultsWhenNothingIsSet() {
        assertThat(Settings.from(Map.of()).nlu()).isEqualTo(NluSettings.DEFAULTS);
    }

    @Test
    void thresholdAndMarginCanBeOverridden() {
        NluSettings nlu = Settings.from(Map.of("NLU_MIN_CONFIDENCE", "0.35", "NLU_CLARIFY_MARGIN", " 0.2 ")).nlu();
        assertThat(nlu.minConfidence()).isEqualTo(0.35);
        assertThat(nlu.clarifyMargin()).isEqualTo(0.2);
        assertThat(nlu.calibration()).isEqualTo(NluSettings.DEFAULTS.calibration());
    }

    @Test
    void rejectsAThresholdThatIsNotAFraction() {
        assertThatThrownBy(() -> Settings.from(Map.of("NLU_MIN_CONFIDENCE", "35%")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NLU_MIN_CONFIDENCE");
        assertThatThrownBy(() -> Settings.from(Map.of("NLU_CLARIFY_MARGIN", "1.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NLU_CLARIFY_MARGIN");
    }
}
