package ru.sleepbot.dialog;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The routine buttons' data, parsed in one place and written in one place: {@code rt:list},
 * {@code rt:start:<id>} (also sent by the evening reminder), {@code rt:switch:<id>},
 * {@code rt:next:<id>:<step>}, {@code rt:pause}, {@code rt:resume}, {@code rt:auto:<id>},
 * {@code rt:stop}, {@code rt:feel:<id>:<1..5>}, {@code rt:fav:<id>}. The step and routine carried by
 * "next" let a press from an older message be told apart from a current one.
 */
sealed interface RoutinePress {

    String PREFIX = "rt";

    /** Routine ids are short Latin names (content is linted for it), which keeps data under 64 bytes. */
    Pattern ID = Pattern.compile("[a-z0-9_]{1,40}");

    String data();

    record ShowList() implements RoutinePress {
        public String data() {
            return PREFIX + ":list";
        }
    }

    record Start(String routineId) implements RoutinePress {
        public String data() {
            return PREFIX + ":start:" + routineId;
        }
    }

    /** Start {@code routineId} although another routine is in progress (the user confirmed). */
    record Switch(String routineId) implements RoutinePress {
        public String data() {
            return PREFIX + ":switch:" + routineId;
        }
    }

    record Next(String routineId, int step) implements RoutinePress {
        public String data() {
            return PREFIX + ":next:" + routineId + ":" + step;
        }
    }

    record Pause() implements RoutinePress {
        public String data() {
            return PREFIX + ":pause";
        }
    }

    /** Continue the paused or parked routine. */
    record Resume() implements RoutinePress {
        public String data() {
            return PREFIX + ":resume";
        }
    }

    /** "Вести по времени": the bot moves on by itself. */
    record Timed(String routineId) implements RoutinePress {
        public String data() {
            return PREFIX + ":auto:" + routineId;
        }
    }

    record Stop() implements RoutinePress {
        public String data() {
            return PREFIX + ":stop";
        }
    }

    record Feel(String routineId, int score) implements RoutinePress {
        public String data() {
            return PREFIX + ":feel:" + routineId + ":" + score;
        }
    }

    record Favourite(String routineId) implements RoutinePress {
        public String data() {
            return PREFIX + ":fav:" + routineId;
        }
    }

    /** Empty for anything malformed or unknown (old versions of the bot, hand-made data). */
    static Optional<RoutinePress> parse(String data) {
        String[] p = data.split(":", -1);
        if (p.length < 2 || !PREFIX.equals(p[0])) {
            return Optional.empty();
        }
        String action = p[1];
        if (p.length == 2) {
            return simple(action);
        }
        if (!ID.matcher(p[2]).matches()) {
            return Optional.empty();
        }
        String id = p[2];
        if (p.length == 3) {
            return withId(action, id);
        }
        if (p.length == 4 && p[3].matches("\\d{1,2}")) {
            int number = Integer.parseInt(p[3]);
            if ("next".equals(action)) {
                return Optional.of(new Next(id, number));
            }
            if ("feel".equals(action) && number >= 1 && number <= 5) {
                return Optional.of(new Feel(id, number));
            }
        }
        return Optional.empty();
    }

    private static Optional<RoutinePress> simple(String action) {
        if ("list".equals(action)) {
            return Optional.of(new ShowList());
        }
        if ("pause".equals(action)) {
            return Optional.of(new Pause());
        }
        if ("resume".equals(action)) {
            return Optional.of(new Resume());
        }
        if ("stop".equals(action)) {
            return Optional.of(new Stop());
        }
        return Optional.empty();
    }

    private static Optional<RoutinePress> withId(String action, String id) {
        if ("start".equals(action)) {
            return Optional.of(new Start(id));
        }
        if ("switch".equals(action)) {
            return Optional.of(new Switch(id));
        }
        if ("auto".equals(action)) {
            return Optional.of(new Timed(id));
        }
        if ("fav".equals(action)) {
            return Optional.of(new Favourite(id));
        }
        return Optional.empty();
    }
}
