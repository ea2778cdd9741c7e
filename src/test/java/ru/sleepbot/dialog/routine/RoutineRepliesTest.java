package ru.sleepbot.dialog.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sleepbot.dialog.routine.RoutineHarness.CONTENT;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonCodec;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Routine;
import ru.sleepbot.content.TelegramHtml;
import ru.sleepbot.routine.Progress;
import ru.sleepbot.routine.Progress.Status;

/** Every message the routine flow can send, rendered from the real content, is one Telegram accepts. */
class RoutineRepliesTest {

    private final RoutineReplies replies = new RoutineReplies(CONTENT.messages());

    @Test
    void everyRenderedRoutineMessageIsTelegramSafe() {
        List<Reply> all = new ArrayList<>();
        Routine first = CONTENT.routines().get(0);
        Progress anyStep = new Progress(1, first, 0, Status.STEP, false, Duration.ZERO);
        all.add(replies.list(CONTENT.routines(), Optional.of(first.id()), Optional.of(anyStep)));
        for (Routine routine : CONTENT.routines()) {
            for (int step = 0; step < routine.steps().size(); step++) {
                Duration time = routine.steps().get(step).duration();
                for (Status status : Status.values()) {
                    all.add(replies.render(new Progress(1, routine, step, status, false, Duration.ZERO)));
                    all.add(replies.render(new Progress(1, routine, step, status, true, time)));
                }
                all.add(replies.timedOn(new Progress(1, routine, step, Status.STEP, true, time)));
            }
            for (int score = 1; score <= 5; score++) {
                all.add(replies.feeling(routine, score, false));
                all.add(replies.feeling(routine, score, true));
            }
            all.add(replies.favouriteSet(routine));
            all.add(replies.switchConfirm(anyStep, routine));
        }
        all.add(replies.stale(Optional.empty()));
        all.add(replies.stale(Optional.of(anyStep)));
        all.add(replies.alreadyMoved(anyStep));

        for (Reply reply : all) {
            assertThat(TelegramHtml.problems(reply.text())).as(reply.text()).isEmpty();
            for (Button button : reply.buttons()) {
                assertThat(button.data()).isInstanceOf(ButtonData.Routine.class);
                assertThat(ButtonCodec.decode(button.encoded())).as(button.encoded()).contains(button.data());
            }
        }
    }

    @Test
    void timeLeftReadsInMinutesAndSeconds() {
        Routine routine = CONTENT.routines().get(0);
        Reply reply = replies.step(new Progress(1, routine, 0, Status.STEP, true, Duration.ofSeconds(90)));

        assertThat(reply.text()).contains("1 мин 30 с");
    }
}
