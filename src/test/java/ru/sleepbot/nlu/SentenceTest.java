package ru.sleepbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceTest {

    private static List<Sentence> split(String text) {
        return Sentence.split(Said.of(text));
    }

    @Test
    void aPostSplitsAtItsSentencesAndKnowsWhichOneAsks() {
        List<Sentence> sentences = split("Здравствуйте! Мне 35 лет, работаю сменами. Почему я дергаюсь?? Спасибо.");
        assertThat(sentences).containsExactly(new Sentence(0, 1, false), new Sentence(1, 6, false),
                new Sentence(6, 9, true), new Sentence(9, 10, false));
    }

    @Test
    void decimalsAbbreviationsAndEmojiDoNotEndASentence() {
        assertThat(split("температура 37.5 у ребенка т.е. жар 😢 что делать")).hasSize(1);
    }

    @Test
    void lineBreaksEndSentencesAndAQuestionMarkAfterThemStillAsks() {
        assertThat(split("муж храпит\nчто делать")).containsExactly(new Sentence(0, 2, false), new Sentence(2, 4, false));
        assertThat(split("почему так... ?")).containsExactly(new Sentence(0, 2, true));
    }

    @Test
    void tokensAlwaysMatchTheUtterance() {
        for (String text : List.of("при́вет!!! как дела?", "с0н. 3асыпаю", "...", "", "a.b.c. d", "ok?!?")) {
            Utterance u = Said.of(text);
            List<Sentence> sentences = Sentence.split(u);
            int covered = sentences.stream().mapToInt(Sentence::size).sum();
            assertThat(covered).as(text).isEqualTo(u.size());
        }
    }
}
