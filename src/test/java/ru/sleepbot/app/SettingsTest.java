package ru.sleepbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void defaultsWorkWithAnEmptyEnvironment() {
        Settings settings = Settings.from(Map.of());

        assertThat(settings.token()).isEmpty();
        assertThat(settings.apiUrl()).isEqualTo("https://api.telegram.org");
        assertThat(settings.databaseUrl()).isEmpty();
        assertThat(settings.intentsDir()).isEmpty();
        assertThat(settings.defaultZone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(settings.sessionIdle()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void neverShowsTheTokenWhenPrinted() {
        Settings settings = Settings.from(Map.of("TELEGRAM_BOT_TOKEN", "123456:SECRET-token"));

        assertThat(settings.token()).contains("123456:SECRET-token");
        assertThat(settings.toString()).doesNotContain("SECRET").doesNotContain("123456");
    }

    @Test
    void blankValuesCountAsUnset() {
        assertThat(Settings.from(Map.of("TELEGRAM_BOT_TOKEN", "  ")).token()).isEmpty();
    }

    @Test
    void rejectsAnUnknownDefaultZoneWithAClearMessage() {
        assertThatThrownBy(() -> Settings.from(Map.of("BOT_DEFAULT_TZ", "Mars/Olympus")))
                .hasMessageContaining("BOT_DEFAULT_TZ");
    }
}
