package ru.sleepbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Said;
import ru.sleepbot.nlu.TextNormalizer;

class YesNoTest {

    private final YesNo yesNo = new YesNo(new RussianAnalyzer(new TextNormalizer()),
            DialogHarness.CONTENT.lexicon());

    @ParameterizedTest
    @ValueSource(strings = {"да", "Да!", "ага", "да, удаляй", "конечно"})
    void readsYes(String text) {
        assertThat(yesNo.read(Said.of(text))).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"нет", "не надо", "Нет, спасибо", "не знаю"})
    void readsNoAndDoubtAsNo(String text) {
        assertThat(yesNo.read(Said.of(text))).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"почему я вздрагиваю", "", "😴", "да но сначала расскажите что вы храните обо мне"})
    void leavesOtherMessagesAlone(String text) {
        assertThat(yesNo.read(Said.of(text))).isEmpty();
    }
}
