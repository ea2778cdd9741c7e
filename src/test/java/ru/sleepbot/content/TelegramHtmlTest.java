package ru.sleepbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelegramHtmlTest {

    @Test
    void acceptsTelegramTagsAndEntities() {
        assertThat(TelegramHtml.problems("<b>Важно</b>: 5 &lt; 7 &amp; <i>спокойно</i>")).isEmpty();
    }

    @Test
    void rejectsOtherTagsUnbalancedTagsAndBareAmpersands() {
        assertThat(TelegramHtml.problems("<p>абзац</p>")).isNotEmpty();
        assertThat(TelegramHtml.problems("<b>жирный")).isNotEmpty();
        assertThat(TelegramHtml.problems("чай & мёд")).isNotEmpty();
        assertThat(TelegramHtml.problems("a < b")).isNotEmpty();
    }

    @Test
    void rejectsTextLongerThanOneMessage() {
        assertThat(TelegramHtml.problems("я".repeat(4097))).isNotEmpty();
    }
}
