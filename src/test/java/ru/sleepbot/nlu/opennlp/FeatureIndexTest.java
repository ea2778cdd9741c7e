package ru.sleepbot.nlu.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureIndexTest {

    @Test
    void findsEveryNameItWasGivenAndNoOther() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            names.add((i % 3 == 0 ? "c=" : "s=") + Integer.toString(i * 7919, 36));
        }
        FeatureIndex index = new FeatureIndex(names);

        assertThat(index.size()).isEqualTo(5000);
        for (int id = 0; id < names.size(); id++) {
            assertThat(index.id(new String(names.get(id).toCharArray()))).isEqualTo(id);
            assertThat(index.name(id)).isEqualTo(names.get(id));
            assertThat(index.id(names.get(id).toCharArray(), names.get(id).length())).as("spelled in a buffer").isEqualTo(id);
        }
        assertThat(index.id("b=нет_такого")).isEqualTo(-1);
        char[] longer = (names.get(3) + "x").toCharArray();
        assertThat(index.id(longer, longer.length)).isEqualTo(-1);
        assertThat(index.id(longer, longer.length - 1)).as("the first characters of a buffer").isEqualTo(3);
        assertThat(index.ids(new String[] {names.get(7), "нет", names.get(0), null}, 3)).containsExactly(7, -1, 0);
    }

    @Test
    void anEmptyIndexKnowsNothingAndANameGivenTwiceIsRefused() {
        assertThat(new FeatureIndex(List.of()).id("s=сон")).isEqualTo(-1);
        assertThatThrownBy(() -> new FeatureIndex(List.of("s=сон", "s=сон"))).hasMessageContaining("s=сон");
    }
}
