package ru.sleepbot.dialog.routine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Messages;
import ru.sleepbot.content.Routine;
import ru.sleepbot.routine.Progress;
import ru.sleepbot.routine.ProgressView;

/**
 * Every message of the routine flow, from {@code intents/messages/routine.yaml}. The player uses
 * the same rendering for the steps it sends by itself, so a timed step looks like a pressed one.
 */
final class RoutineReplies implements ProgressView {

    /** Buttons under the list of routines, the way back included. */
    static final int MAX_BUTTONS = 6;

    private final Messages messages;

    RoutineReplies(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Reply render(Progress progress) {
        return switch (progress.status()) {
            case FINISHED -> finished(progress);
            case PAUSED -> paused(progress);
            case STOPPED -> stopped(progress);
            case STEP -> step(progress);
        };
    }

    /**
     * The routines, favourite first; {@code paused} adds the way back to a routine in progress. All
     * are described; at most {@link #MAX_BUTTONS} buttons in all (the rest are started by name).
     */
    Reply list(List<Routine> routines, Optional<String> favourite, Optional<Progress> paused) {
        StringBuilder text = new StringBuilder(messages.text("routine.list.intro"));
        List<Button> buttons = new ArrayList<>();
        for (Routine routine : routines) {
            boolean isFavourite = favourite.filter(routine.id()::equals).isPresent();
            Map<String, String> values = Map.of("title", routine.title(), "description", routine.description());
            text.append("\n\n").append(messages.text(isFavourite ? "routine.list.favourite_item" : "routine.list.item", values));
            String label = isFavourite ? label("favourite_mark") + " " + routine.title() : routine.title();
            if (buttons.size() < MAX_BUTTONS - (paused.isPresent() ? 1 : 0)) {
                buttons.add(new Button(label, new ButtonData.RoutineStart(routine.id())));
            }
        }
        paused.ifPresent(p -> text.append("\n\n").append(messages.text("routine.list.paused_note",
                Map.of("title", p.routine().title()))));
        Reply reply = new Reply(text.toString(), List.of()).withButtons(buttons, 1).withKind("routine_list");
        return paused.isPresent() ? reply.withRow(List.of(backButton())) : reply;
    }

    Reply step(Progress p) {
        StringBuilder text = new StringBuilder(messages.text("routine.step.header", position(p)))
                .append("\n\n").append(p.currentStep().text());
        if (p.timed()) {
            String note = p.last() ? "routine.step.last_timed_note" : "routine.step.timed_note";
            text.append("\n\n").append(messages.text(note, Map.of("time", time(p.untilNext()))));
        }
        return withStepButtons(Reply.text(text.toString()), p).withKind("routine_step");
    }

    /** The answer to "Вести по времени": no need to repeat the step the user is reading. */
    Reply timedOn(Progress p) {
        String key = p.last() ? "routine.timed_on_last" : "routine.timed_on";
        return withStepButtons(Reply.text(messages.text(key, Map.of("time", time(p.untilNext())))), p)
                .withKind("routine_step");
    }

    Reply paused(Progress p) {
        return Reply.text(messages.text("routine.paused", position(p)))
                .withRow(List.of(button("resume", new ButtonData.RoutineResume()), button("stop", new ButtonData.RoutineStop())))
                .withKind("routine_paused");
    }

    Reply stopped(Progress p) {
        return Reply.text(messages.text("routine.stopped", position(p)))
                .withRow(List.of(button("start_again", new ButtonData.RoutineStart(p.routine().id())),
                        button("other", new ButtonData.RoutineList()))).withKind("routine_stopped");
    }

    /** "Как вы себя чувствуете?" with the 1..5 buttons. */
    Reply finished(Progress p) {
        String id = p.routine().id();
        List<String> labels = messages.variants("routine.button.feel");
        List<Button> scores = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            scores.add(new Button(labels.get(score - 1), new ButtonData.RoutineFeel(id, score)));
        }
        return Reply.text(messages.text("routine.finished", Map.of("title", p.routine().title()))).withRow(scores)
                .withKind("routine_step");
    }

    /** Thanks for the score, with the offer to make the routine the favourite unless it already is. */
    Reply feeling(Routine routine, int score, boolean isFavourite) {
        String key = score <= 2 ? "routine.feeling.low" : score == 3 ? "routine.feeling.middle" : "routine.feeling.high";
        String favourite = messages.text(isFavourite ? "routine.feeling.already_favourite" : "routine.feeling.offer_favourite");
        Reply reply = Reply.text(messages.text(key) + "\n\n" + favourite);
        List<Button> row = new ArrayList<>();
        if (!isFavourite) {
            row.add(button("favourite", new ButtonData.RoutineFavourite(routine.id())));
        }
        row.add(button("other", new ButtonData.RoutineList()));
        return reply.withRow(row).withKind("routine_feeling");
    }

    Reply favouriteSet(Routine routine) {
        return Reply.text(messages.text("routine.favourite_set", Map.of("title", routine.title())))
                .withKind("routine_feeling");
    }

    Reply switchConfirm(Progress current, Routine next) {
        Map<String, Object> values = Map.of("current", current.routine().title(), "number", current.number(),
                "total", current.total(), "next", next.title());
        return Reply.text(messages.text("routine.switch_confirm", values))
                .withRow(List.of(button("switch", new ButtonData.RoutineSwitch(next.id())), backButton()))
                .withKind("routine_switch");
    }

    Reply alreadyMoved(Progress current) {
        return Reply.text(messages.text("routine.already_moved", position(current))).withKind("routine_step");
    }

    /** A press of a button whose routine no longer runs. */
    Reply stale(Optional<Progress> current) {
        Reply reply = Reply.text(messages.text("routine.stale")).withKind("stale");
        return current.isPresent()
                ? reply.withRow(List.of(backButton(), button("other", new ButtonData.RoutineList())))
                : reply.withRow(List.of(button("choose", new ButtonData.RoutineList())));
    }

    /** Text shown above a list when the asked-for routine cannot be started or resumed. */
    String note(String key) {
        return messages.text("routine." + key);
    }

    Button backButton() {
        return button("back", new ButtonData.RoutineResume());
    }

    private Reply withStepButtons(Reply reply, Progress p) {
        String id = p.routine().id();
        Reply withNext = reply.withRow(List.of(
                button(p.last() ? "finish" : "next", new ButtonData.RoutineNext(id, p.step())),
                button("pause", new ButtonData.RoutinePause())));
        Reply withTimed = p.timed() ? withNext : withNext.withRow(List.of(button("timed", new ButtonData.RoutineTimed(id))));
        return withTimed.withRow(List.of(button("stop", new ButtonData.RoutineStop())));
    }

    private Button button(String key, ButtonData.Routine press) {
        return new Button(label(key), press);
    }

    /** Labels are plain text, not HTML, so they are read as they are written. */
    private String label(String key) {
        return messages.text("routine.button." + key);
    }

    private static Map<String, Object> position(Progress p) {
        return Map.of("title", p.routine().title(), "number", p.number(), "total", p.total());
    }

    private String time(Duration duration) {
        long seconds = Math.max(0, (duration.toMillis() + 999) / 1000);
        long minutes = seconds / 60;
        long rest = seconds % 60;
        if (minutes == 0) {
            return messages.text("routine.time.seconds", Map.of("seconds", rest));
        }
        if (rest == 0) {
            return messages.text("routine.time.minutes", Map.of("minutes", minutes));
        }
        return messages.text("routine.time.minutes_seconds", Map.of("minutes", minutes, "seconds", rest));
    }

    /** The way back to a routine put aside, under the last reply (once). */
    List<Reply> withBackButton(List<Reply> out) {
        if (out.isEmpty() || out.get(out.size() - 1).buttons().stream()
                .anyMatch(b -> b.data().equals(backButton().data()))) {
            return out;
        }
        List<Reply> copy = new ArrayList<>(out);
        copy.set(copy.size() - 1, copy.get(copy.size() - 1).withRow(List.of(backButton())));
        return copy;
    }

    /** The first reply of {@code list} with a note above it ("this routine cannot be resumed"). */
    List<Reply> withNote(String key, List<Reply> list) {
        Reply shown = list.get(0);
        return List.of(new Reply(note(key) + "\n\n" + shown.text(), shown.keyboard(), shown.attachment(), shown.kind()));
    }
}
