package ru.sleepbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Html;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;

class TextSplitterTest {

    private final TextSplitter telegram = new TextSplitter(TextSplitter.TELEGRAM_LIMIT);

    private static String paragraph(char letter, int length) {
        return String.valueOf(letter).repeat(length);
    }

    private static int visible(String html) {
        return Html.toPlain(html).length();
    }

    @Test
    void keepsATextThatFitsWhole() {
        String text = "<b>Короткий</b> ответ &amp; всё";
        assertThat(telegram.split(text)).containsExactly(text);
    }

    @Test
    void countsWhatTelegramCountsNotTheMarkup() {
        String text = "<b>" + paragraph('a', 4090) + "</b> &amp;";
        assertThat(telegram.split(text)).containsExactly(text);
    }

    @Test
    void splitsAtParagraphBoundariesWithinTheLimit() {
        String text = paragraph('a', 3000) + "\n\n" + paragraph('b', 3000) + "\n\n" + paragraph('c', 500);

        List<String> parts = telegram.split(text);

        assertThat(parts).containsExactly(paragraph('a', 3000), paragraph('b', 3000) + "\n\n" + paragraph('c', 500));
    }

    @Test
    void fallsBackToLineBreaksThenSpacesInsideAHugeParagraph() {
        String line = "слово ".repeat(100).strip(); // 599 chars
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            text.append(i == 0 ? "" : "\n").append(line);
        }
        List<String> parts = telegram.split(text.toString());

        assertThat(parts).hasSize(2);
        assertThat(parts).allSatisfy(p -> assertThat(visible(p)).isLessThanOrEqualTo(4096));
        assertThat(parts.get(0)).endsWith("слово").doesNotEndWith("\n");
        assertThat(String.join("\n", parts)).isEqualTo(text.toString());
    }

    @Test
    void closesATagAtTheCutAndOpensItAgainInTheNextPart() {
        String text = "<b>" + paragraph('a', 3000) + "\n\n" + paragraph('b', 3000) + "</b>";

        List<String> parts = telegram.split(text);

        assertThat(parts).containsExactly("<b>" + paragraph('a', 3000) + "</b>", "<b>" + paragraph('b', 3000) + "</b>");
    }

    @Test
    void neverCutsInsideATagOrAnEntity() {
        TextSplitter small = new TextSplitter(20);
        String text = "<a href=\"https://example.org/a b\">ссылка</a> и &amp;&amp;&amp;&amp;&amp; ещё много слов тут";

        List<String> parts = small.split(text);

        assertThat(parts).allSatisfy(p -> {
            assertThat(visible(p)).isLessThanOrEqualTo(20);
            assertThat(p.chars().filter(c -> c == '<').count()).isEqualTo(p.chars().filter(c -> c == '>').count());
            assertThat(p).doesNotContainPattern("&[a-z]*$").doesNotStartWith("amp;");
        });
        assertThat(Html.toPlain(String.join(" ", parts)).replace(" ", ""))
                .isEqualTo(Html.toPlain(text).replace(" ", ""));
    }

    @Test
    void cutsAnEndlessWordAtTheLimitWithoutBreakingAnEmoji() {
        String text = "😴".repeat(3000); // 6 000 UTF-16 units

        List<String> parts = telegram.split(text);

        assertThat(parts).hasSize(2);
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(4096);
            assertThat(Character.isLowSurrogate(p.charAt(0))).isFalse();
        });
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void putsTheButtonsUnderTheLastPart() {
        List<Outgoing> sent = new ArrayList<>();
        SplittingOutbox outbox = new SplittingOutbox(telegram, sent::add);
        Reply reply = Reply.text(paragraph('a', 4000) + "\n\n" + paragraph('b', 4000) + "\n\n" + paragraph('c', 100))
                .withRow(List.of(new Button("Меню", new ButtonData.MainMenu())));

        outbox.send(Outgoing.answer(7, reply));

        assertThat(sent).hasSize(3);
        assertThat(sent).allSatisfy(o -> assertThat(o.chatId()).isEqualTo(7));
        assertThat(sent.subList(0, 2)).allSatisfy(o -> assertThat(o.reply().buttons()).isEmpty());
        assertThat(sent.get(2).reply().buttons()).containsExactly(new Button("Меню", new ButtonData.MainMenu()));
        assertThat(sent).extracting(o -> o.reply().text().charAt(0)).containsExactly('a', 'b', 'c');
    }

    @Test
    void passesShortRepliesThroughUntouched() {
        List<Outgoing> sent = new ArrayList<>();
        Outgoing message = Outgoing.answer(7, Reply.text("коротко"));
        new SplittingOutbox(telegram, sent::add).send(message);
        assertThat(sent).containsExactly(message);
    }
}
