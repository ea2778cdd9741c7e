package ru.sleepbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeepEqualsTest {

    private record Part(int[] ids, List<String> words) {
    }

    private static final class Holder {
        private final Map<String, Part> parts;
        private final char[][] labels;

        Holder(Map<String, Part> parts, char[][] labels) {
            this.parts = parts;
            this.labels = labels;
        }
    }

    @Test
    void equalGraphsOfDistinctArraysHaveNoDifference() {
        assertThat(DeepEquals.differences(holder(3, 'б'), holder(3, 'б'))).isEmpty();
    }

    @Test
    void aDifferenceDeepInAnArrayOrAPrivateFieldIsFoundWithItsPath() {
        assertThat(DeepEquals.differences(holder(3, 'б'), holder(4, 'б')))
                .containsExactly(".parts{a}.ids[1]: 3 vs 4");
        assertThat(DeepEquals.differences(holder(3, 'б'), holder(3, 'в')))
                .containsExactly(".labels[0][1]: б vs в");
    }

    private static Holder holder(int id, char letter) {
        return new Holder(Map.of("a", new Part(new int[] {1, id}, List.of("сон"))), new char[][] {{'а', letter}});
    }
}
