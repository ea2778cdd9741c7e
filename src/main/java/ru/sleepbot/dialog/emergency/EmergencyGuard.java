package ru.sleepbot.dialog.emergency;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.Emergency;
import ru.sleepbot.dialog.Guard;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.nlu.Utterance;
import ru.sleepbot.safety.Assessment;
import ru.sleepbot.safety.Level;
import ru.sleepbot.safety.Person;
import ru.sleepbot.safety.SafetyReplies;
import ru.sleepbot.safety.Triage;

/**
 * The dialog's {@link Guard}: every free-text message is triaged first; an alarm (emergency,
 * warning sign, medicine risk) gets its own reply and nothing else. An emergency reply opens
 * emergency mode: for {@link #DEFAULT_HOLD} after the bot last spoke about it, short messages
 * ("он синий", "задышал", "скорая едет") get guidance for that same situation, never a topic
 * answer; a new emergency in one of them replaces it; a command (/start, /cancel) leaves it.
 */
public final class EmergencyGuard implements Guard {

    /** How long short messages stay with the emergency after the bot last spoke about it. */
    public static final Duration DEFAULT_HOLD = Duration.ofMinutes(15);
    /** Longer messages are read as usual (triage still first): they tell something new. */
    static final int SHORT_WORDS = 20;

    private final Triage triage;
    private final SafetyReplies replies;
    private final Duration hold;

    public EmergencyGuard(Triage triage, SafetyReplies replies, Duration hold) {
        this.triage = Objects.requireNonNull(triage, "triage");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.hold = Objects.requireNonNull(hold, "hold");
    }

    @Override
    public Optional<List<Reply>> check(Turn turn, Utterance said) {
        Assessment assessment = triage.assess(said);
        Optional<Emergency> going = going(turn);
        if (assessment.is(Level.EMERGENCY)) {
            turn.session().emergency(new Emergency(assessment.sign(), assessment.person().key(), turn.now()));
            return Optional.of(replies.alarm(assessment));
        }
        if (going.isPresent() && !said.isEmpty() && said.size() <= SHORT_WORDS) {
            Emergency emergency = going.get();
            turn.session().emergency(emergency.renewedAt(turn.now()));
            return Optional.of(List.of(replies.followUp(emergency.sign(), person(emergency), assessment.cue())));
        }
        if (assessment.is(Level.URGENT) || assessment.is(Level.MEDICINE)) {
            return Optional.of(replies.alarm(assessment));
        }
        return Optional.empty();
    }

    @Override
    public void leave(Turn turn) {
        turn.session().leaveEmergency();
    }

    /** The emergency still held at this turn; an expired one is forgotten. */
    private Optional<Emergency> going(Turn turn) {
        Optional<Emergency> held = turn.session().emergency();
        if (held.isPresent() && !turn.now().isBefore(until(held.get()))) {
            turn.session().leaveEmergency();
            return Optional.empty();
        }
        return held;
    }

    private Instant until(Emergency emergency) {
        return emergency.since().plus(hold);
    }

    private static Person person(Emergency emergency) {
        for (Person person : Person.values()) {
            if (person.key().equals(emergency.person())) {
                return person;
            }
        }
        return Person.ANYONE;
    }
}
