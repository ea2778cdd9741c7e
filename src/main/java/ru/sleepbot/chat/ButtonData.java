package ru.sleepbot.chat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a button asks the bot to do when pressed, as types: written to and read from the short
 * Latin string Telegram carries only by {@link ButtonCodec}. Each feature owns one group (the
 * sealed sub-interfaces), so the dialog routes a press by its type, never by string prefixes.
 */
public sealed interface ButtonData {

    /** Ids of topics, routines, steps and options: short Latin snake case (content is linted for it). */
    Pattern ID = Pattern.compile("[a-z0-9_]{1,40}");

    private static String id(String value, String what) {
        Objects.requireNonNull(value, what);
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be short Latin snake case: " + value);
        }
        return value;
    }

    /** A topic's answer, or one of its sections ({@code aspect} null for the main answer). */
    record Topic(String topicId, String aspect) implements ButtonData {
        public Topic {
            id(topicId, "topic id");
            if (aspect != null) {
                id(aspect, "aspect");
            }
        }

        public Optional<String> aspectKey() {
            return Optional.ofNullable(aspect);
        }
    }

    /** The ways around the bot. */
    sealed interface Navigation extends ButtonData {
    }

    record MainMenu() implements Navigation {
    }

    /** The list of topics, a page of it at a time ({@code page} from 0). */
    record AllTopics(int page) implements Navigation {
        public AllTopics {
            if (page < 0 || page > 99) {
                throw new IllegalArgumentException("page must be 0..99: " + page);
            }
        }

        public AllTopics() {
            this(0);
        }
    }

    /** The symptom check. */
    sealed interface Check extends ButtonData {
    }

    record StartCheck() implements Check {
    }

    /** An answer to the check's question {@code step}; keys as in the check's content. */
    record CheckAnswer(String step, String option) implements Check {
        public CheckAnswer {
            id(step, "step");
            id(option, "option");
        }
    }

    /** Evening routines. The routine and step carried by "next" tell an old message's press from a current one. */
    sealed interface Routine extends ButtonData {
    }

    record RoutineList() implements Routine {
    }

    record RoutineStart(String routineId) implements Routine {
        public RoutineStart {
            id(routineId, "routine id");
        }
    }

    /** Start {@code routineId} although another routine is in progress (the user confirmed). */
    record RoutineSwitch(String routineId) implements Routine {
        public RoutineSwitch {
            id(routineId, "routine id");
        }
    }

    record RoutineNext(String routineId, int step) implements Routine {
        public RoutineNext {
            id(routineId, "routine id");
            if (step < 0 || step > 99) {
                throw new IllegalArgumentException("step must be 0..99: " + step);
            }
        }
    }

    record RoutinePause() implements Routine {
    }

    /** Continue the paused or parked routine. */
    record RoutineResume() implements Routine {
    }

    /** "Вести по времени": the bot moves on by itself. */
    record RoutineTimed(String routineId) implements Routine {
        public RoutineTimed {
            id(routineId, "routine id");
        }
    }

    record RoutineStop() implements Routine {
    }

    record RoutineFeel(String routineId, int score) implements Routine {
        public RoutineFeel {
            id(routineId, "routine id");
            if (score < 1 || score > 5) {
                throw new IllegalArgumentException("score must be 1..5: " + score);
            }
        }
    }

    record RoutineFavourite(String routineId) implements Routine {
        public RoutineFavourite {
            id(routineId, "routine id");
        }
    }

    /** The evening reminder and the time zone. */
    sealed interface Reminder extends ButtonData {
    }

    record ReminderMenu() implements Reminder {
    }

    record ReminderAt(LocalTime time) implements Reminder {
        public ReminderAt {
            Objects.requireNonNull(time, "time");
        }
    }

    /** "Другое время": the user will type one. */
    record ReminderOther() implements Reminder {
    }

    record ReminderPause() implements Reminder {
    }

    record ReminderResume() implements Reminder {
    }

    record ReminderStop() implements Reminder {
    }

    record ReminderSnooze() implements Reminder {
    }

    record ZoneMenu() implements Reminder {
    }

    /** "Другой пояс": the user will type a city or an offset. */
    record ZoneOther() implements Reminder {
    }

    record ZoneSet(String zoneKey) implements Reminder {
        public ZoneSet {
            id(zoneKey, "zone key");
        }
    }

    /** One of the cities a name fits ("Железногорск": which region?), by its place in the content's list. */
    record ZoneCity(int index) implements Reminder {
        public ZoneCity {
            if (index < 0 || index > 99_999) {
                throw new IllegalArgumentException("city index must be 0..99999: " + index);
            }
        }
    }

    /** Privacy: consent to keep unrecognised questions, and the /forget confirmation. */
    sealed interface Privacy extends ButtonData {
    }

    record Consent(boolean agree) implements Privacy {
    }

    record ForgetAnswer(boolean confirmed) implements Privacy {
    }

    /** The sleep diary: its screens, the morning time, and the check-in's steps for one night. */
    sealed interface Diary extends ButtonData {
    }

    /** A screen of the diary ("menu", "week", "report"...), one of {@link #SCREENS}. */
    record DiaryOpen(String screen) implements Diary {
        public static final Set<String> SCREENS = Set.of("menu", "more", "time", "later", "stop", "days", "insights",
                "report", "export", "nonote", "week", "month");

        public DiaryOpen {
            if (!SCREENS.contains(screen)) {
                throw new IllegalArgumentException("no diary screen " + screen);
            }
        }
    }

    /** Start the diary (or move its morning question) at this time. */
    record DiaryAt(LocalTime time) implements Diary {
        public DiaryAt {
            Objects.requireNonNull(time, "time");
        }
    }

    /**
     * A step of the check-in for the night to {@code night} (the morning's date): one of {@link #STEPS}
     * ("q" quality, "j" jerks, "f" a factor, "fp" a page of factors, "fd" factors done, "in" start,
     * "skip", "note", "nc" note consent), with its value (a score, a key) where it has one.
     */
    record DiaryStep(String step, LocalDate night, String value) implements Diary {
        public static final Set<String> STEPS = Set.of("in", "q", "j", "f", "fp", "fd", "skip", "note", "nc");

        public DiaryStep {
            Objects.requireNonNull(night, "night");
            if (!STEPS.contains(step)) {
                throw new IllegalArgumentException("no diary step " + step);
            }
            if (value != null) {
                id(value, "diary value");
            }
        }

        public Optional<String> valueKey() {
            return Optional.ofNullable(value);
        }
    }
}
