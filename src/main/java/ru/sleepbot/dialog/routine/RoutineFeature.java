package ru.sleepbot.dialog.routine;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Routine;
import ru.sleepbot.dialog.Feature;
import ru.sleepbot.dialog.FlowState;
import ru.sleepbot.dialog.Journal;
import ru.sleepbot.dialog.Session;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.Utterance;
import ru.sleepbot.routine.Progress;
import ru.sleepbot.routine.RoutinePlayer;
import ru.sleepbot.store.UserStore;
import ru.sleepbot.time.Scheduler;

/**
 * Evening routines: /routine and the "rt" buttons (the menu's, the relaxation answer's, the
 * evening reminder's) list the routines, favourite first; the player paces the chosen one; at the
 * end the user rates how they feel (kept in the store) and may make the routine their favourite.
 *
 * <p>The player is the one record of where a routine stands; the session only marks the routine
 * as the open flow, or parks it while the user asks something else. Whenever another feature
 * takes the conversation elsewhere mid-routine, {@link #afterTurn} pauses the routine and offers
 * the way back ("rt:resume").
 */
public final class RoutineFeature implements Feature {

    private final RoutineChoices choices;
    private final RoutinePlayer player;
    private final RoutineReplies replies;
    private final RoutineWords words;
    private final RoutineRequests requests;
    private final Journal journal;

    RoutineFeature(RoutineChoices choices, RoutinePlayer player, RoutineReplies replies, RoutineWords words,
                   RoutineRequests requests, Journal journal) {
        this.choices = choices;
        this.player = player;
        this.replies = replies;
        this.words = words;
        this.requests = requests;
        this.journal = journal;
    }

    /**
     * The feature with its player, which paces timed steps on {@code scheduler} and sends them to
     * {@code outbox}; a routine left idle for {@code idleLimit} is dropped, like its session; {@code
     * journal} hears of every routine finished or rated (the sleep diary keeps them).
     */
    public static RoutineFeature create(KnowledgeBase knowledge, UserStore users, Scheduler scheduler, Clock clock,
                                        Outbox outbox, Duration idleLimit, Journal journal) {
        RoutineReplies replies = new RoutineReplies(knowledge.messages());
        RoutinePlayer player = new RoutinePlayer(scheduler, clock, outbox, replies, idleLimit);
        return new RoutineFeature(new RoutineChoices(knowledge, users, replies), player, replies,
                new RoutineWords(knowledge.lexicon()), new RoutineRequests(knowledge), journal);
    }

    @Override
    public Set<String> commands() {
        return Set.of("routine");
    }

    @Override
    public Set<Class<? extends ButtonData>> buttons() {
        return Set.of(ButtonData.Routine.class);
    }

    @Override
    public boolean ownsFlow(FlowState state) {
        return state instanceof RoutineFlow;
    }

    @Override
    public List<Reply> onCommand(Turn turn, String command, String argument) {
        return list(turn);
    }

    @Override
    public List<Reply> onButton(Turn turn, ButtonData data) {
        return on(turn, (ButtonData.Routine) data);
    }

    /** Typed control words act like the buttons; anything else is a question, and the routine waits. */
    @Override
    public Optional<List<Reply>> onFlowText(Turn turn, Utterance said) {
        Optional<Progress> current = player.current(turn.chat().id());
        if (current.isEmpty()) {
            turn.session().close(); // the timer finished it, or it was dropped when idle
            return Optional.empty();
        }
        // A routine asked for first: "а покороче, я уже засыпаю" wants a shorter one, not a stop.
        Optional<Routine> asked = requests.routineAsked(said);
        if (asked.isPresent()) {
            return Optional.of(start(turn, asked.get().id(), true));
        }
        Optional<RoutineWords.Command> command = words.match(said);
        if (command.isPresent()) {
            return Optional.of(on(turn, RoutineWords.press(command.get(), current.get())));
        }
        park(turn, current.get());
        return Optional.empty();
    }

    /** "хочу ритуал", "давай подышим": a routine by words; "дальше", "стоп" take up one a question put aside. */
    @Override
    public Optional<List<Reply>> onFollowUp(Turn turn, Utterance said) {
        Optional<Progress> parked = turn.session().parked(RoutineFlow.Parked.class)
                .flatMap(p -> player.current(turn.chat().id()));
        Optional<RoutineWords.Command> command = parked.isPresent() ? words.match(said) : Optional.empty();
        if (command.isPresent()) {
            session(turn, parked.get());
            return Optional.of(on(turn, RoutineWords.press(command.get(), parked.get())));
        }
        Optional<Routine> picked = requests.chosen(turn.session(), said); // "давай второй" after a list
        if (picked.isPresent()) {
            return Optional.of(start(turn, picked.get().id(), false));
        }
        return requests.read(said).flatMap(r -> r instanceof RoutineRequests.Start start
                ? Optional.of(start(turn, start.routine().id(), false))
                : r instanceof RoutineRequests.ShowList ? Optional.of(list(turn)) : Optional.empty());
    }

    @Override
    public boolean asksFor(Utterance said) {
        return requests.read(said).filter(r -> !(r instanceof RoutineRequests.Shortest)).isPresent();
    }

    /** A short remark during a routine, unplaced and asking nothing ("мы уже в пижамах"): the routine goes on. */
    @Override
    public Optional<List<Reply>> onUnplaced(Turn turn, Classification understood, Utterance said) {
        boolean wasOpen = turn.session().parked(RoutineFlow.Parked.class).filter(p -> p.at().equals(turn.now())).isPresent();
        if (!wasOpen || !RoutineWords.isRemark(said) || player.current(turn.chat().id()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(replies.withNote("remark_heard", resume(turn)));
    }

    /**
     * Notices a routine left behind: another feature opened its flow, or the session closed the routine's (a new
     * session after idle expiry). The routine is paused and parked; the answer that parked it gets the button back.
     */
    @Override
    public List<Reply> afterTurn(Turn turn, List<Reply> out) {
        Session session = turn.session();
        requests.offers().remember(session, out);
        Optional<Progress> current = player.current(turn.chat().id());
        Optional<RoutineFlow.Parked> parked = session.parked(RoutineFlow.Parked.class);
        if (current.isEmpty()) {
            parked.ifPresent(p -> session.unpark());
            session.flow(RoutineFlow.class).ifPresent(f -> session.close());
            return out;
        }
        if (session.flow(RoutineFlow.class).isPresent()) {
            return out;
        }
        if (parked.isEmpty()) {
            park(turn, current.get());
            return replies.withBackButton(out);
        }
        return parked.get().at().equals(turn.now()) ? replies.withBackButton(out) : out;
    }

    @Override
    public Optional<String> onCancel(Turn turn) {
        boolean running = player.current(turn.chat().id()).isPresent();
        leave(turn);
        return running ? Optional.of("routine_stopped") : Optional.empty();
    }

    @Override
    public void onForget(Turn turn) {
        leave(turn);
    }

    private List<Reply> on(Turn turn, ButtonData.Routine press) {
        if (press instanceof ButtonData.RoutineList) {
            return list(turn);
        }
        if (press instanceof ButtonData.RoutineStart start) {
            return start(turn, start.routineId(), false);
        }
        if (press instanceof ButtonData.RoutineSwitch change) {
            return start(turn, change.routineId(), true);
        }
        if (press instanceof ButtonData.RoutineNext next) {
            return next(turn, next);
        }
        if (press instanceof ButtonData.RoutinePause) {
            return reply(player.pause(turn.chat().id()).map(replies::paused), turn);
        }
        if (press instanceof ButtonData.RoutineResume) {
            return resume(turn);
        }
        if (press instanceof ButtonData.RoutineTimed timed) {
            return reply(player.timed(turn.chat().id(), timed.routineId()).map(replies::timedOn), turn);
        }
        if (press instanceof ButtonData.RoutineStop) {
            Optional<Progress> stopped = player.stop(turn.chat().id());
            leave(turn);
            return reply(stopped.map(replies::stopped), turn);
        }
        if (press instanceof ButtonData.RoutineFeel feel) {
            Optional<Reply> felt = choices.feel(turn.chat().id(), feel);
            felt.ifPresent(r -> journal.routineDone(turn, feel.routineId(), feel.score()));
            return reply(felt, turn);
        }
        if (press instanceof ButtonData.RoutineFavourite favourite) {
            return reply(choices.favourite(turn.chat().id(), favourite.routineId()), turn);
        }
        throw new IllegalStateException("unhandled routine press " + press);
    }

    private List<Reply> list(Turn turn) {
        long chat = turn.chat().id();
        return List.of(choices.list(chat, player.pause(chat)));
    }

    private List<Reply> start(Turn turn, String routineId, boolean confirmed) {
        Optional<Routine> routine = choices.routine(routineId);
        if (routine.isEmpty()) {
            return replies.withNote("unknown_routine", list(turn));
        }
        long chat = turn.chat().id();
        Optional<Progress> current = player.current(chat);
        if (!confirmed && current.isPresent()) {
            if (current.get().routine().id().equals(routineId)) {
                return resume(turn); // the reminder's button for the routine already under way
            }
            Progress held = player.pause(chat).orElse(current.get());
            session(turn, held);
            return List.of(replies.switchConfirm(held, routine.get()));
        }
        Progress first = player.start(chat, routine.get());
        session(turn, first);
        return List.of(replies.step(first));
    }

    private List<Reply> next(Turn turn, ButtonData.RoutineNext press) {
        long chat = turn.chat().id();
        Optional<Progress> moved = player.next(chat, press.routineId(), press.step());
        if (moved.isEmpty()) {
            Optional<Progress> current = player.current(chat);
            boolean sameRoutine = current.filter(p -> p.routine().id().equals(press.routineId())).isPresent();
            return List.of(sameRoutine ? replies.alreadyMoved(current.get()) : replies.stale(current));
        }
        Progress progress = moved.get();
        if (progress.status() == Progress.Status.FINISHED) {
            journal.routineDone(turn, progress.routine().id(), null);
            leave(turn);
            return List.of(replies.finished(progress));
        }
        session(turn, progress);
        return List.of(replies.step(progress));
    }

    private List<Reply> resume(Turn turn) {
        Optional<Progress> resumed = player.resume(turn.chat().id());
        if (resumed.isEmpty()) {
            turn.session().unpark();
            return replies.withNote("nothing_to_resume", list(turn));
        }
        session(turn, resumed.get());
        return List.of(replies.step(resumed.get()));
    }

    /** The player's answer, or the kind reply to a press whose routine no longer runs. */
    private List<Reply> reply(Optional<Reply> answer, Turn turn) {
        return List.of(answer.orElseGet(() -> replies.stale(player.current(turn.chat().id()))));
    }

    /** Marks the routine as the open flow (again: the session may have expired meanwhile). */
    private static void session(Turn turn, Progress progress) {
        turn.session().unpark();
        turn.session().open(new RoutineFlow(progress.routine().id()));
    }

    private void park(Turn turn, Progress current) {
        player.pause(turn.chat().id());
        Session session = turn.session();
        session.flow(RoutineFlow.class).ifPresent(f -> session.close());
        session.park(new RoutineFlow.Parked(current.routine().id(), turn.now()));
    }

    /** Stops the routine and its timer and forgets it in the session. */
    private void leave(Turn turn) {
        player.stop(turn.chat().id());
        Session session = turn.session();
        session.unpark();
        session.flow(RoutineFlow.class).ifPresent(f -> session.close());
    }
}
