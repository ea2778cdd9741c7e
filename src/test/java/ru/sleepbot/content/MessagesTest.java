package ru.sleepbot.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = new Messages(Map.of(
            "reminder.set", List.of("Напомню в {time}."),
            "reminder.prompt", List.of("Пора отдыхать.", "Время готовиться ко сну.")));

    @Test
    void fillsPlaceholdersWithEscapedValues() {
        assertThat(messages.text("reminder.set", Map.of("time", "<22:30>"))).isEqualTo("Напомню в &lt;22:30&gt;.");
    }

    @Test
    void picksAmongVariants() {
        assertThat(messages.pick("reminder.prompt", new Random(1))).isIn(messages.variants("reminder.prompt"));
    }

    @Test
    void failsLoudlyOnAMissingKeyOrValue() {
        assertThatThrownBy(() -> messages.text("no.such")).hasMessageContaining("no.such");
        assertThatThrownBy(() -> messages.text("reminder.set", Map.of())).hasMessageContaining("{time}");
    }
}
