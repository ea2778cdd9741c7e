package ru.sleepbot.dialog.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.Dialog;
import ru.sleepbot.time.MutableClock;

/** How conversations are played: each turn gets a moment of its own, the same on every run. */
class ConversationEvaluatorTest {

    @Test
    void everyTurnComesAtItsOwnMomentFromTheStartGiven() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T17:00:00Z"));
        // The dialog answers with the moment it heard the message at, as its kind.
        Dialog dialog = incoming -> List.of(Outgoing.answer(incoming.chat().id(), Reply.text("ок").withKind(clock.instant().toString())));
        Conversation talk = new Conversation("two.txt", List.of(
                new Conversation.Turn("первое", List.of("2026-12-01T17:00:30Z"), 2),
                new Conversation.Turn("второе", List.of("2026-12-01T17:01:00Z"), 4)));

        ConversationEvaluator.Report report = ConversationEvaluator.evaluate(dialog, List.of(talk),
                () -> clock.advance(Duration.ofSeconds(30)));

        assertThat(report.right()).isEqualTo(2);
    }
}
