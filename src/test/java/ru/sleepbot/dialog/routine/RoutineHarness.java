package ru.sleepbot.dialog.routine;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ChatRef;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.dialog.DialogEngine;
import ru.sleepbot.dialog.Engines;
import ru.sleepbot.dialog.Feature;
import ru.sleepbot.dialog.FlowState;
import ru.sleepbot.dialog.SessionSettings;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.Utterance;
import ru.sleepbot.store.InMemoryUserStore;
import ru.sleepbot.time.ManualScheduler;
import ru.sleepbot.time.MutableClock;

/**
 * The dialog engine with the real routine feature and content, a fake clock and scheduler, and
 * three small stand-ins for the parts other helpers build: an answer to any question, a /check
 * that opens its own flow, and /cancel that leaves flows the way the dialog's own /cancel does.
 */
final class RoutineHarness {

    static final KnowledgeBase CONTENT = new ContentLoader().load(Path.of("intents"));

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T19:00:00Z"));
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final InMemoryUserStore users = new InMemoryUserStore(ZoneOffset.UTC);
    final List<Outgoing> sent = Collections.synchronizedList(new ArrayList<>());
    final DialogEngine engine;
    private final ChatRef chat;
    private List<Reply> last = List.of();
    private Reply lastWithButtons;

    RoutineHarness() {
        this(1L);
    }

    RoutineHarness(long chatId) {
        this.chat = ChatRef.privateChat(chatId);
        RoutineFeature routines = RoutineFeature.create(CONTENT, users, scheduler, clock, sent::add,
                SessionSettings.DEFAULT.idleExpiry(), ru.sleepbot.dialog.Journal.NONE);
        this.engine = Engines.of(said -> new Classification("hypnic_jerk", 0.9, "relaxation", 0.05, null),
                CONTENT.messages(), clock,
                List.of(routines, new AnswerStandIn(), new CheckStandIn(), new CancelStandIn(routines)),
                new AnswerStandIn());
    }

    List<Reply> say(String text) {
        return remember(engine.handle(new Incoming.Text(chat, text)));
    }

    List<Reply> press(String data) {
        return remember(engine.handle(new Incoming.Press(chat, data)));
    }

    /** Presses the button with this label on the latest message that had buttons, as a user would. */
    List<Reply> tap(String label) {
        return press(button(label).encoded());
    }

    Button button(String label) {
        if (lastWithButtons == null) {
            throw new AssertionError("no message with buttons yet");
        }
        return lastWithButtons.buttons().stream().filter(b -> b.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + lastWithButtons.buttons()));
    }

    Reply lastReply() {
        return last.get(last.size() - 1);
    }

    List<String> sentTexts() {
        synchronized (sent) {
            return sent.stream().map(o -> o.reply().text()).toList();
        }
    }

    void advance(Duration by) {
        scheduler.advance(by);
        synchronized (sent) {
            sent.stream().map(Outgoing::reply).filter(r -> !r.buttons().isEmpty())
                    .reduce((a, b) -> b).ifPresent(r -> lastWithButtons = r);
        }
    }

    static List<String> labels(Reply reply) {
        return reply.buttons().stream().map(Button::label).toList();
    }

    private List<Reply> remember(List<Outgoing> out) {
        last = out.stream().map(Outgoing::reply).toList();
        last.stream().filter(r -> !r.buttons().isEmpty()).reduce((a, b) -> b).ifPresent(r -> lastWithButtons = r);
        return last;
    }

    /** Stands in for the topic answers: every question gets one plain reply. */
    private static final class AnswerStandIn implements Feature {
        @Override
        public Set<String> intents() {
            return Set.of("hypnic_jerk");
        }

        @Override
        public List<Reply> onIntent(Turn turn, Classification understood, Utterance said) {
            return List.of(Reply.text("ANSWER"));
        }
    }

    /** Stands in for the symptom check: a command that opens a flow of its own. */
    private static final class CheckStandIn implements Feature {
        private record CheckFlow() implements FlowState {
        }

        @Override
        public Set<String> commands() {
            return Set.of("check");
        }

        @Override
        public boolean ownsFlow(FlowState state) {
            return state instanceof CheckFlow;
        }

        @Override
        public List<Reply> onCommand(Turn turn, String command, String argument) {
            turn.session().open(new CheckFlow());
            return List.of(Reply.text("CHECK QUESTION 1"));
        }
    }

    /** Stands in for the dialog's /cancel: closes the open flow and tells the features. */
    private static final class CancelStandIn implements Feature {
        private final Feature routines;

        CancelStandIn(Feature routines) {
            this.routines = routines;
        }

        @Override
        public Set<String> commands() {
            return Set.of("cancel");
        }

        @Override
        public List<Reply> onCommand(Turn turn, String command, String argument) {
            turn.session().close();
            routines.onCancel(turn);
            return List.of(Reply.text("CANCELLED"));
        }
    }
}
