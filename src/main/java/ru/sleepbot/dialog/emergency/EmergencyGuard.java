package ru.sleepbot.dialog.emergency;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.Alarm;
import ru.sleepbot.dialog.Guard;
import ru.sleepbot.dialog.Guarded;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.nlu.Utterance;
import ru.sleepbot.safety.Assessment;
import ru.sleepbot.safety.Level;
import ru.sleepbot.safety.Person;
import ru.sleepbot.safety.SafetyReplies;
import ru.sleepbot.safety.Triage;

/**
 * The dialog's {@link Guard}: every free-text message is triaged first (with what earlier messages
 * told: whom it is about, a snorer...); an alarm (emergency, warning sign, medicine risk) gets its
 * own reply and nothing else. An emergency reply opens emergency mode: for {@link #DEFAULT_HOLD}
 * after the bot last spoke about it, short messages ("он синий", "задышал", "скорая едет") get
 * guidance for that same situation, never a topic answer; a new emergency in one of them replaces
 * it, unless the message says things got better ("перестала, обмякла и спит" is the end of the
 * seizure). What is clearly something else passes ({@link EmergencyExit}): a request for a feature,
 * thanks or goodbye, a confident question on another subject; and once the person says the doctors
 * are there or it is over, the emergency is settled: questions are answered as usual again, and
 * only a message that it is getting worse stays with it. A warning sign or a medicine risk offers
 * the topic that tells more ({@link AlarmLinks}).
 * A warning sign opens a lighter mode: short questions about it ("к какому врачу?", "это
 * серьёзно?") get whom to see and how soon again. A command (/start, /cancel) leaves either.
 */
public final class EmergencyGuard implements Guard {

    /** How long short messages stay with the alarm after the bot last spoke about it. */
    public static final Duration DEFAULT_HOLD = Duration.ofMinutes(15);
    /** Longer messages are read as usual (triage still first): they tell something new. */
    static final int SHORT_WORDS = 20;
    /** How many concepts of earlier messages triage keeps in mind. */
    static final int CONTEXT_LIMIT = 12;
    /**
     * The cue of a short message that adds a detail to the situation just told ("и так уже третью
     * ночь"): it stays with the warning sign even when the classifier is sure of a topic, since the
     * detail alone reads like one.
     */
    static final String MORE = "more";
    /** The cue of a short message that says it goes on or gets worse ("и опять началось"). */
    static final String WORSE_CUE = "worse";

    /** The cues that make a short message a question about the warning sign just answered. */
    static final Set<String> ABOUT_THE_SIGN = Set.of("doctor", "when", "serious", "doubt", "drive", "video", "risk",
            "state", "next", MORE, WORSE_CUE);

    /** A detail told after a warning is a short statement of this many words. */
    static final int DETAIL_MIN_WORDS = 3;
    static final int DETAIL_MAX_WORDS = 12;

    /** The detail of a rule that, during an emergency, reads as that emergency getting worse. */
    static final String WORSE = "worse";

    private final Triage triage;
    private final SafetyReplies replies;
    private final AlarmLinks links;
    private final Duration hold;
    private final EmergencyExit exit;

    public EmergencyGuard(Triage triage, SafetyReplies replies, AlarmLinks links, Duration hold, EmergencyExit exit) {
        this.triage = Objects.requireNonNull(triage, "triage");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.links = Objects.requireNonNull(links, "links");
        this.hold = Objects.requireNonNull(hold, "hold");
        this.exit = Objects.requireNonNull(exit, "exit");
    }

    @Override
    public Optional<Guarded> check(Turn turn, Utterance said) {
        Optional<Alarm> going = going(turn);
        Assessment assessment = triage.assess(said, turn.session().context());
        turn.session().remember(assessment.remembered(), CONTEXT_LIMIT);
        boolean followUp = going.isPresent() && !said.isEmpty() && said.size() <= SHORT_WORDS;
        boolean inEmergency = followUp && going.get().isEmergency();
        if (assessment.is(Level.EMERGENCY) && (!inEmergency || isNewEmergency(said, assessment))) {
            open(turn, assessment);
            return Optional.of(new Guarded(replies.alarm(assessment), false));
        }
        if (inEmergency && exit.isOver(said, assessment.cue())) {
            // In doctors' hands or over: said once, and questions are answered as usual again.
            Alarm alarm = going.get();
            turn.session().alarm(alarm.settle());
            // What follows is about the thing that happened ("а это повторится?"), not the topic before it.
            exit.topicOf(alarm.sign()).ifPresent(topic -> {
                turn.session().talkedAbout(topic.id(), null);
                turn.session().subject(topic.id());
            });
            if (!exit.asksSomething(said)) {
                String cue = assessment.cue().isEmpty() ? EmergencyExit.OVER : assessment.cue();
                return Optional.of(new Guarded(List.of(replies.followUp(alarm.sign(), person(alarm), cue)), false));
            }
            return Optional.empty();
        }
        if (inEmergency && !exit.isSomethingElse(said, assessment, going.get().sign())) {
            Alarm alarm = renew(turn, going.get());
            return Optional.of(new Guarded(List.of(replies.followUp(alarm.sign(), person(alarm), assessment.cue())), false));
        }
        boolean settled = followUp && going.get().settled();
        if (settled && EmergencyExit.STILL_THE_EMERGENCY.contains(assessment.cue())) {
            Alarm alarm = renew(turn, going.get());
            return Optional.of(new Guarded(List.of(replies.followUp(alarm.sign(), person(alarm), assessment.cue())), false));
        }
        if (inEmergency) {
            return Optional.empty(); // something else: a request of its own or a question on another subject
        }
        // A warning sign read only thanks to earlier messages does not take a question the classifier
        // is sure is about a topic ("а храп у детей лечат?" after "he dozes at the wheel"); a doubt
        // ("может это просто рефлекс?") keeps the warning.
        // (Classified only where it may matter: the classifier is the costly part of a turn.)
        java.util.function.BooleanSupplier sureTopic = () -> !assessment.cue().equals("doubt") && exit.isSureTopic(said);
        boolean signOnlyInContext = assessment.is(Level.URGENT) && !triage.assess(said).is(Level.URGENT)
                && !triage.assess(said).is(Level.EMERGENCY);
        if (assessment.is(Level.URGENT) && !(signOnlyInContext && sureTopic.getAsBoolean())) {
            open(turn, assessment);
            return Optional.of(new Guarded(links.linked(replies.alarm(assessment), assessment.sign(), turn.session()), true));
        }
        boolean aboutWarning = followUp && going.get().level().equals(Level.URGENT.key());
        if (aboutWarning && ABOUT_THE_SIGN.contains(assessment.cue()) && !assessment.is(Level.MEDICINE)
                && (assessment.cue().equals(MORE) || !sureTopic.getAsBoolean())) {
            Alarm alarm = renew(turn, going.get());
            Reply again = replies.urgentFollowUp(alarm.sign(), alarm.detail(), person(alarm), assessment.cue());
            return Optional.of(new Guarded(List.of(again), true));
        }
        if (assessment.is(Level.MEDICINE)) {
            return Optional.of(new Guarded(links.linked(replies.alarm(assessment), assessment.sign()), false));
        }
        if (aboutWarning && assessment.cue().isEmpty() && isDetail(said) && exit.isUnplaced(said)) {
            // "одышки нет, в груди не болит", "только правая, левая нет": a detail of what was just
            // described, which no topic takes; it is heard, and the warning's advice stands.
            Alarm alarm = renew(turn, going.get());
            return Optional.of(new Guarded(List.of(replies.urgentDetailHeard(alarm.sign(), alarm.detail(),
                    person(alarm))), true));
        }
        return Optional.empty();
    }

    /** A statement of a few words, not a question: a detail rather than a request ("хм" or "ок" are not). */
    private static boolean isDetail(Utterance said) {
        return said.size() >= DETAIL_MIN_WORDS && said.size() <= DETAIL_MAX_WORDS && !said.raw().contains("?");
    }

    /**
     * During an emergency, a short message opens another one only when it shows it by itself ("он не
     * дышит" during a seizure), not thanks to what earlier messages told ("он синий" is the same
     * child getting worse), and not when it says things got better ("перестала, обмякла и спит").
     * A rule whose detail is {@value #WORSE} ("Ваня посинел" in a few words) raises an alarm by
     * itself, but during an emergency it tells how that one goes on.
     */
    private boolean isNewEmergency(Utterance said, Assessment withContext) {
        if (withContext.cue().equals("better")) {
            return false;
        }
        Assessment alone = triage.assess(said);
        return alone.is(Level.EMERGENCY) && !alone.detail().equals(WORSE);
    }

    @Override
    public void leave(Turn turn) {
        turn.session().leaveAlarm();
    }

    private static void open(Turn turn, Assessment a) {
        turn.session().alarm(new Alarm(a.level().key(), a.sign(), a.detail(), a.person().key(), turn.now()));
    }

    private static Alarm renew(Turn turn, Alarm alarm) {
        Alarm renewed = alarm.renewedAt(turn.now());
        turn.session().alarm(renewed);
        return renewed;
    }

    /** The alarm still held at this turn; an expired one is forgotten. */
    private Optional<Alarm> going(Turn turn) {
        Optional<Alarm> held = turn.session().alarm();
        if (held.isPresent() && !turn.now().isBefore(held.get().since().plus(hold))) {
            turn.session().leaveAlarm();
            return Optional.empty();
        }
        return held;
    }

    private static Person person(Alarm alarm) {
        for (Person person : Person.values()) {
            if (person.key().equals(alarm.person())) {
                return person;
            }
        }
        return Person.ANYONE;
    }
}
