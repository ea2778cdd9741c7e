package ru.sleepbot.dialog.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.sleepbot.content.City;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Said;
import ru.sleepbot.nlu.TextNormalizer;

class PlacesTest {

    private final Places places = new Places(DialogHarness.CONTENT.cities(), new RussianAnalyzer(new TextNormalizer()));

    private List<String> zones(String message) {
        return places.find(Said.of(message), false).stream().map(City::zone).distinct().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "я в новосибирске | Asia/Novosibirsk",
        "живу в ростове-на-дону | Europe/Moscow",
        "мы из екатеринбурга | Asia/Yekaterinburg",
        "я в томске | Asia/Tomsk",
        "у нас в сергиевом посаде | Europe/Moscow",
        "я в красноярске | Asia/Krasnoyarsk",
        "сейчас в астане | Asia/Almaty",
        "по Киеву | Europe/Kyiv",
        "по Алматы | Asia/Almaty",
        "нск | Asia/Novosibirsk",
        "у меня екб | Asia/Yekaterinburg",
        "я в навасибирске | Asia/Novosibirsk",
        "живу во владике | Asia/Vladivostok",
        "питер | Europe/Moscow"})
    void findsACityInAnyCaseFormShortFormOrWithATypo(String message, String zone) {
        assertThat(zones(message)).containsExactly(zone);
    }

    @Test
    void aNameSeveralCitiesShareGivesThemAll() {
        assertThat(places.find(Said.of("я в железногорске"), false)).extracting(City::region).hasSizeGreaterThan(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"у меня мирный сон", "читаю перед сном", "нижний сосед шумит", "как быстро уснуть"})
    void anOrdinaryWordIsNotACityWithoutAWordThatIntroducesAPlace(String message) {
        assertThat(places.find(Said.of(message), false)).isEmpty();
    }

    @Test
    void aBareNameCountsWhenTheBotHasAskedForTheCity() {
        assertThat(places.find(Said.of("мирный"), true)).extracting(City::name).contains("мирный");
    }
}
