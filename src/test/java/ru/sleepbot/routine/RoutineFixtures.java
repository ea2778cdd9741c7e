package ru.sleepbot.routine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Routine;
import ru.sleepbot.content.RoutineStep;

/** Small routines and a recording outbox for the player's tests. */
final class RoutineFixtures {

    private RoutineFixtures() {
    }

    /** Steps of 30, 60 and 90 seconds. */
    static Routine threeSteps(String id) {
        return new Routine(id, "Title " + id, "description", "suits", 1, List.of(
                new RoutineStep("first", 30), new RoutineStep("second", 60), new RoutineStep("third", 90)), List.of());
    }

    /** Renders a progress as "routine:step:status" so tests can read what was sent. */
    static final ProgressView VIEW = p -> Reply.text(p.routine().id() + ":" + p.number() + ":" + p.status());

    static final class RecordingOutbox implements Outbox {
        private final List<Outgoing> sent = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void send(Outgoing message) {
            sent.add(message);
        }

        List<String> texts() {
            synchronized (sent) {
                return sent.stream().map(o -> o.reply().text()).toList();
            }
        }

        int size() {
            return sent.size();
        }
    }
}
