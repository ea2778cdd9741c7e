package ru.sleepbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelegramHtmlLintTest {

    @Test
    void acceptsTheAllowedTagsAndEntities() {
        assertThat(TelegramHtmlLint.problems(
                "<b>Шаг</b> <i>1</i> &lt;3 &amp; <a href=\"https://example.org\">ссылка</a> <blockquote>x</blockquote>"))
                .isEmpty();
    }

    @Test
    void flagsUnescapedCharactersAndUnknownTags() {
        assertThat(TelegramHtmlLint.problems("a < b")).singleElement().asString().contains("'<'");
        assertThat(TelegramHtmlLint.problems("a > b")).singleElement().asString().contains("'>'");
        assertThat(TelegramHtmlLint.problems("чай & мёд")).singleElement().asString().contains("'&'");
        assertThat(TelegramHtmlLint.problems("<div>x</div>")).isNotEmpty();
        assertThat(TelegramHtmlLint.problems("<b class=\"x\">x</b>")).isNotEmpty();
    }

    @Test
    void flagsTagsThatDoNotNest() {
        assertThat(TelegramHtmlLint.problems("<b><i>x</b></i>")).isNotEmpty();
        assertThat(TelegramHtmlLint.problems("<b>x")).singleElement().asString().contains("never closed");
    }

    @Test
    void flagsMessagesOverTelegramsLimit() {
        assertThat(TelegramHtmlLint.problems("я".repeat(4097))).singleElement().asString().contains("4096");
    }
}
