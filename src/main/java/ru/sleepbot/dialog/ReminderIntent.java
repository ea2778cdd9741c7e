package ru.sleepbot.dialog;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import ru.sleepbot.reminder.TimeParser;

/**
 * What a free-text message about reminders asks for: a time ("напомни в 22:15", "перенеси на
 * 21:00"), stop ("не присылай больше"), pause, skip today, resume, the time zone, or just the menu. Rules over
 * word stems: the classifier already decided the message is about reminders.
 */
final class ReminderIntent {

    sealed interface Action permits SetTime, BadTime, Stop, Pause, SkipToday, Resume, Zone, Menu {
    }

    record SetTime(LocalTime time) implements Action {
    }

    record BadTime(String fragment) implements Action {
    }

    record Stop() implements Action {
    }

    record Pause() implements Action {
    }

    record SkipToday() implements Action {
    }

    record Resume() implements Action {
    }

    record Zone() implements Action {
    }

    record Menu() implements Action {
    }

    private static final List<String> STOP = List.of("не присыла", "не напомина", "не пиши", "хватит", "отключ",
            "выключ", "отпиш", "останов", "прекрати", "больше не");
    private static final List<String> PAUSE = List.of("пауз", "приостанов");
    private static final List<String> RESUME = List.of("включи", "возобнов", "снова присыла", "снова напомина");
    private static final List<String> ZONE = List.of("часов", "пояс", "utc", "gmt");

    Action read(String input) {
        String text = input.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (containsAny(text, ZONE)) {
            return new Zone();
        }
        if (containsAny(text, PAUSE)) {
            return new Pause();
        }
        // "не напоминай сегодня" skips one evening, it is not a stop for good.
        if (text.contains("сегодня") && text.contains("не ")) {
            return new SkipToday();
        }
        if (containsAny(text, STOP)) {
            return new Stop();
        }
        TimeParser.Result time = TimeParser.parse(text);
        if (time instanceof TimeParser.Valid valid) {
            return new SetTime(valid.time());
        }
        if (time instanceof TimeParser.Invalid invalid) {
            return new BadTime(invalid.fragment());
        }
        if (containsAny(text, RESUME)) {
            return new Resume();
        }
        return new Menu();
    }

    private static boolean containsAny(String text, List<String> stems) {
        return stems.stream().anyMatch(text::contains);
    }
}
