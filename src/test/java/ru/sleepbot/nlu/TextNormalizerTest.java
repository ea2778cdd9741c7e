package ru.sleepbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void lowerCasesAndWritesYoAsYe() {
        assertThat(normalizer.normalize("Ночью ДЁРНУЛСЯ, Ёжик")).isEqualTo("ночью дернулся ежик");
    }

    @Test
    void replacesPunctuationAndEmojiBySingleSpaces() {
        assertThat(normalizer.normalize("  Почему?!! я...дергаюсь 😱😱 — во   сне 👋🏻")).isEqualTo("почему я дергаюсь во сне");
    }

    @Test
    void foldsStretchedLettersButKeepsDoubleOnes() {
        assertThat(normalizer.normalize("оооочень длинная ванна, приветтт")).isEqualTo("очень длинная ванна привет");
    }

    @Test
    void mapsLatinLookAlikesInsideCyrillicWords() {
        // "сон" typed with Latin c and o, "тряска" with Latin p and a
        assertThat(normalizer.normalize("coн тpяcka")).isEqualTo("сон тряска");
    }

    @Test
    void leavesWordsWrittenWhollyInLatinAlone() {
        assertThat(normalizer.normalize("Hello, OK мир")).isEqualTo("hello ok мир");
    }

    @Test
    void readsZeroAndThreeBetweenCyrillicLettersAsLetters() {
        assertThat(normalizer.normalize("с0н 3асыпаю")).isEqualTo("сон засыпаю");
    }

    @Test
    void keepsNumbersAndDigitsNextToDigits() {
        assertThat(normalizer.normalize("в 22:30, 23ч")).isEqualTo("в 22 30 23ч");
    }

    @Test
    void dropsStressMarksAndInvisibleCharactersWithoutSplittingWords() {
        assertThat(normalizer.normalize("приве\u0301т за\u200bсыпаю")).isEqualTo("привет засыпаю");
    }

    @Test
    void givesEmptyTextForNothingReadable() {
        assertThat(normalizer.normalize(null)).isEmpty();
        assertThat(normalizer.normalize("")).isEmpty();
        assertThat(normalizer.normalize("😴 🙈 ?!… ")).isEmpty();
    }
}
