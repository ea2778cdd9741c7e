package ru.sleepbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;

class PhrasesTest {

    private static final RussianAnalyzer ANALYZER = new RussianAnalyzer(new TextNormalizer());

    private static boolean in(List<String> phrases, String text) {
        return new Phrases(phrases).in(ANALYZER.analyze(text));
    }

    @Test
    void forgivesALetterLeftOutOrSwappedInAPhraseOfTwoWords() {
        assertThat(in(List.of("провер* * симптом*"), "прверка симптомов")).isTrue();
        assertThat(in(List.of("провер* * симптом*"), "проверка симтпомов")).isTrue();
    }

    @Test
    void forgivesAReplacedLetterInALongWord() {
        assertThat(in(List.of("забудь меня"), "забуть меня")).isTrue();
    }

    @Test
    void aReplacedLetterInAShortWordMakesAnotherWord() {
        // "удари" is not "удали": five letters are too few to forgive a replaced one.
        assertThat(in(List.of("меня * удали*"), "он меня ударил во сне")).isFalse();
    }

    @Test
    void aOneWordPhraseMustBeSpelledRight() {
        assertThat(in(List.of("практик*"), "практически каждую ночь")).isFalse();
        assertThat(in(List.of("практик*"), "какие есть практики")).isTrue();
    }

    @Test
    void aBeginningThatEndsOtherwiseIsAnotherWord() {
        // "провес|ти" is one letter from "провер", but the beginning does not end as the phrase word does.
        assertThat(in(List.of("можешь * провер*"), "можешь провести меня через сканирование")).isFalse();
    }

    @Test
    void forgivesOneTypoPerPhraseAtMost() {
        // "может" is one letter from "можете", "проветр" one from "провер": two typos are another sentence.
        assertThat(in(List.of("можете * провер*"), "может проветривать побольше")).isFalse();
        assertThat(in(List.of("можете * провер*"), "можете прверить меня")).isTrue();
    }
}
