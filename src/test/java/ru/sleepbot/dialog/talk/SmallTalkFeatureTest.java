package ru.sleepbot.dialog.talk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.ChatRef;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.dialog.Menus;
import ru.sleepbot.dialog.Session;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.Said;

class SmallTalkFeatureTest {

    private final SmallTalkFeature smallTalk = new SmallTalkFeature(DialogHarness.CONTENT,
            new Menus(DialogHarness.CONTENT), new Random(1));
    private final Turn turn = new Turn(ChatRef.privateChat(3), new Session(3), Instant.EPOCH);

    @Test
    void wishesAWarmGoodNightFromTheContentsReplies() {
        Reply reply = smallTalk.onIntent(turn, classified("goodbye"), Said.of("спокойной ночи")).get(0);

        assertThat(DialogHarness.CONTENT.conversation("goodbye").orElseThrow().replies()).contains(reply.text());
        assertThat(reply.buttons()).isEmpty();
    }

    @Test
    void greetsWithTheMainMenu() {
        Reply reply = smallTalk.onIntent(turn, classified("greeting"), Said.of("привет")).get(0);

        assertThat(DialogHarness.CONTENT.conversation("greeting").orElseThrow().replies()).contains(reply.text());
        assertThat(reply.buttons()).hasSize(5);
    }

    @Test
    void thanksWithAFarewellSaysGoodbyeAndThanksWithPlansIsThanks() {
        assertThat(smallTalk.onIntent(turn, classified("thanks"), Said.of("спасибо, спокойной")).get(0).kind())
                .isEqualTo("goodbye");
        assertThat(smallTalk.onIntent(turn, classified("goodbye"), Said.of("спасибо, завтра позвоню в поликлинику"))
                .get(0).kind()).isEqualTo("thanks");
        assertThat(smallTalk.onIntent(turn, classified("goodbye"), Said.of("спасибо, пойду спать")).get(0).kind())
                .isEqualTo("goodbye");
        assertThat(smallTalk.onIntent(turn, classified("goodbye"), Said.of("до связи")).get(0).kind())
                .isEqualTo("goodbye");
    }

    private static Classification classified(String intent) {
        return new Classification(intent, 0.9, "out_of_scope", 0.05, null);
    }
}
