package ru.sleepbot.chat;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one place {@link ButtonData} becomes the string a Telegram button carries, and back. The
 * format is short and Latin, a prefix per feature ({@code tp:hypnic_jerk:causes},
 * {@code rt:next:body_scan:3}, {@code rm:at:22:30}); it is the same as before the types existed, so
 * buttons of old messages still work. Telegram's 64-byte limit is checked here and only here.
 */
public final class ButtonCodec {

    /** Telegram rejects callback data longer than this many bytes. */
    public static final int MAX_BYTES = 64;

    private ButtonCodec() {
    }

    public static String encode(ButtonData data) {
        String encoded = write(data);
        if (encoded.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("button data over " + MAX_BYTES + " bytes: " + encoded);
        }
        return encoded;
    }

    /** Empty for anything malformed or unknown: a forged press, or a button of an older version. */
    public static Optional<ButtonData> decode(String encoded) {
        if (encoded == null || encoded.isEmpty() || encoded.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(read(encoded.split(":", -1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty(); // a value the types refuse (a bad id, step, score or time)
        }
    }

    private static String write(ButtonData data) {
        if (data instanceof ButtonData.Topic t) {
            return "tp:" + t.topicId() + t.aspectKey().map(a -> ":" + a).orElse("");
        }
        if (data instanceof ButtonData.AllTopics topics) {
            return topics.page() == 0 ? "mn:topics" : "mn:topics:" + topics.page();
        }
        if (data instanceof ButtonData.MainMenu) {
            return "mn:main";
        }
        if (data instanceof ButtonData.Check) {
            return data instanceof ButtonData.CheckAnswer a ? "ck:" + a.step() + ":" + a.option() : "ck:start";
        }
        if (data instanceof ButtonData.Routine r) {
            return "rt:" + routine(r);
        }
        if (data instanceof ButtonData.Reminder r) {
            return reminder(r);
        }
        if (data instanceof ButtonData.Consent c) {
            return c.agree() ? "pv:on" : "pv:off";
        }
        if (data instanceof ButtonData.ForgetAnswer f) {
            return f.confirmed() ? "fg:yes" : "fg:no";
        }
        if (data instanceof ButtonData.Diary d) {
            return DiaryButtons.write(d);
        }
        throw new IllegalArgumentException("no encoding for " + data);
    }

    private static String routine(ButtonData.Routine r) {
        if (r instanceof ButtonData.RoutineStart s) {
            return "start:" + s.routineId();
        }
        if (r instanceof ButtonData.RoutineSwitch s) {
            return "switch:" + s.routineId();
        }
        if (r instanceof ButtonData.RoutineNext n) {
            return "next:" + n.routineId() + ":" + n.step();
        }
        if (r instanceof ButtonData.RoutineTimed t) {
            return "auto:" + t.routineId();
        }
        if (r instanceof ButtonData.RoutineFeel f) {
            return "feel:" + f.routineId() + ":" + f.score();
        }
        if (r instanceof ButtonData.RoutineFavourite f) {
            return "fav:" + f.routineId();
        }
        if (r instanceof ButtonData.RoutinePause) {
            return "pause";
        }
        if (r instanceof ButtonData.RoutineResume) {
            return "resume";
        }
        return r instanceof ButtonData.RoutineStop ? "stop" : "list";
    }

    private static String reminder(ButtonData.Reminder r) {
        if (r instanceof ButtonData.ReminderAt at) {
            return "rm:at:" + at.time();
        }
        if (r instanceof ButtonData.ZoneSet z) {
            return "tz:set:" + z.zoneKey();
        }
        if (r instanceof ButtonData.ZoneCity c) {
            return "tz:city:" + c.index();
        }
        if (r instanceof ButtonData.ZoneMenu) {
            return "tz:menu";
        }
        if (r instanceof ButtonData.ZoneOther) {
            return "tz:other";
        }
        if (r instanceof ButtonData.ReminderOther) {
            return "rm:other";
        }
        if (r instanceof ButtonData.ReminderPause) {
            return "rm:pause";
        }
        if (r instanceof ButtonData.ReminderResume) {
            return "rm:resume";
        }
        if (r instanceof ButtonData.ReminderStop) {
            return "rm:stop";
        }
        return r instanceof ButtonData.ReminderSnooze ? "rm:snooze" : "rm:menu";
    }

    private static ButtonData read(String[] p) {
        String what = p.length > 1 ? p[1] : "";
        switch (p[0]) {
            case "tp":
                return p.length == 2 ? new ButtonData.Topic(what, null)
                        : p.length == 3 ? new ButtonData.Topic(what, p[2]) : null;
            case "mn":
                return p.length == 3 && "topics".equals(what) && p[2].matches("\\d{1,2}")
                        ? new ButtonData.AllTopics(Integer.parseInt(p[2]))
                        : p.length != 2 ? null : "main".equals(what) ? new ButtonData.MainMenu()
                        : "topics".equals(what) ? new ButtonData.AllTopics() : null;
            case "ck":
                return p.length == 2 && "start".equals(what) ? new ButtonData.StartCheck()
                        : p.length == 3 ? new ButtonData.CheckAnswer(what, p[2]) : null;
            case "rt":
                return readRoutine(p);
            case "rm":
                return readReminder(p);
            case "tz":
                return p.length == 3 && "set".equals(what) ? new ButtonData.ZoneSet(p[2])
                        : p.length == 3 && "city".equals(what) && p[2].matches("\\d{1,5}")
                        ? new ButtonData.ZoneCity(Integer.parseInt(p[2]))
                        : p.length != 2 ? null : "menu".equals(what) ? new ButtonData.ZoneMenu()
                        : "other".equals(what) ? new ButtonData.ZoneOther() : null;
            case "pv":
                return p.length == 2 && ("on".equals(what) || "off".equals(what)) ? new ButtonData.Consent("on".equals(what)) : null;
            case "fg":
                return p.length == 2 && ("yes".equals(what) || "no".equals(what))
                        ? new ButtonData.ForgetAnswer("yes".equals(what)) : null;
            case "dy":
                return DiaryButtons.read(p);
            default:
                return null;
        }
    }

    private static ButtonData readRoutine(String[] p) {
        String action = p.length > 1 ? p[1] : "";
        if (p.length == 2) {
            switch (action) {
                case "list": return new ButtonData.RoutineList();
                case "pause": return new ButtonData.RoutinePause();
                case "resume": return new ButtonData.RoutineResume();
                case "stop": return new ButtonData.RoutineStop();
                default: return null;
            }
        }
        if (p.length == 3) {
            switch (action) {
                case "start": return new ButtonData.RoutineStart(p[2]);
                case "switch": return new ButtonData.RoutineSwitch(p[2]);
                case "auto": return new ButtonData.RoutineTimed(p[2]);
                case "fav": return new ButtonData.RoutineFavourite(p[2]);
                default: return null;
            }
        }
        if (p.length == 4 && p[3].matches("\\d{1,2}")) {
            int number = Integer.parseInt(p[3]);
            if ("next".equals(action)) {
                return new ButtonData.RoutineNext(p[2], number);
            }
            return "feel".equals(action) ? new ButtonData.RoutineFeel(p[2], number) : null;
        }
        return null;
    }

    private static ButtonData readReminder(String[] p) {
        if (p.length == 4 && "at".equals(p[1]) && p[2].matches("\\d{2}") && p[3].matches("\\d{2}")) {
            return new ButtonData.ReminderAt(LocalTime.parse(p[2] + ":" + p[3]));
        }
        if (p.length != 2) {
            return null;
        }
        switch (p[1]) {
            case "menu": return new ButtonData.ReminderMenu();
            case "other": return new ButtonData.ReminderOther();
            case "pause": return new ButtonData.ReminderPause();
            case "resume": return new ButtonData.ReminderResume();
            case "stop": return new ButtonData.ReminderStop();
            case "snooze": return new ButtonData.ReminderSnooze();
            default: return null;
        }
    }
}
