package ru.sleepbot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.sleepbot.nlu.TextNormalizer;

class PhrasePatternTest {

    private final TextNormalizer normalizer = new TextNormalizer();
    /** The engine's own tests use fixed words; WarningSignGuardTest covers those in intents/lexicon/. */
    private final Negation negation = new Negation(Set.of("не", "нет", "без", "ни", "никогда"), Set.of("нет"));

    private boolean matches(String pattern, String text) {
        return PhrasePattern.compile(pattern, 10, normalizer, negation).matches(normalizer.normalize(text).split(" "));
    }

    @Test
    void matchesWordBeginningsInAnyOrder() {
        assertThat(matches("прикус|прикуш + язык", "язык прикусил ночью")).isTrue();
        assertThat(matches("прикус|прикуш + язык", "прикушенный язык")).isTrue();
    }

    @Test
    void needsEveryTerm() {
        assertThat(matches("прикус + язык", "прикусил губу")).isFalse();
    }

    @Test
    void ignoresNegatedTerms() {
        assertThat(matches("судорог", "судорог нет")).isFalse();
        assertThat(matches("судорог", "не было судорог")).isFalse();
        assertThat(matches("судорог", "без судорог")).isFalse();
        assertThat(matches("прикус + язык", "язык не прикусывал")).isFalse();
    }

    @Test
    void alternativeMayItselfStartWithNegation() {
        assertThat(matches("не дышит", "малыш не дышит")).isTrue();
    }

    @Test
    void matchesConsecutiveWordsAndWholeWords() {
        assertThat(matches("все чаще", "стало всё чаще")).isTrue();
        assertThat(matches("все чаще", "все реже и чаще")).isFalse();
        assertThat(matches("днем + и.", "и днем")).isTrue();
        assertThat(matches("днем + и.", "днем иногда")).isFalse();
    }

    @Test
    void termsMustStandWithinTheWindow() {
        String far = "прикусил " + "слово ".repeat(12) + "язык";
        assertThat(matches("прикус + язык", far)).isFalse();
    }

    @Test
    void matchesLatinLookAlikesAndStretchedLetters() {
        assertThat(matches("судорог", "cудороги")).isTrue();
        assertThat(matches("посинел", "посинеееел")).isTrue();
    }
}
