package ru.sleepbot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Phrasings the rules' author wrote for every sign and for the ordinary worries (own-phrasings.tsv):
 * not blind, so a regression suite rather than a measure; each must get exactly its level.
 */
class OwnPhrasingsTest {

    static Stream<TriageSample> phrasings() {
        return SafetyFixtures.table("own-phrasings.tsv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrasings")
    void triagesEachPhrasingAtItsLevel(TriageSample sample) {
        Assessment got = SafetyFixtures.assess(sample.text());

        assertThat(got.level()).as(sample.text()).isEqualTo(sample.level());
        if (sample.level() != Level.ROUTINE) {
            assertThat(got.sign()).as(sample.text()).isEqualTo(sample.sign());
        }
    }
}
