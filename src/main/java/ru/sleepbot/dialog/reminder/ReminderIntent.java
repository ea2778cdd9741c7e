package ru.sleepbot.dialog.reminder;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import ru.sleepbot.content.Lexicon;
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

    /** The words are content (intents/lexicon/reminder.yaml). */
    private final Set<String> zone;
    private final Set<String> pause;
    private final Set<String> today;
    private final Set<String> stop;
    private final Set<String> resume;
    private final Set<String> negations;

    ReminderIntent(Lexicon lexicon) {
        UnaryOperator<String> form = ReminderIntent::form;
        this.zone = lexicon.words("reminder.zone", form);
        this.pause = lexicon.words("reminder.pause", form);
        this.today = lexicon.words("reminder.today", form);
        this.stop = lexicon.words("reminder.stop", form);
        this.resume = lexicon.words("reminder.resume", form);
        this.negations = lexicon.words("reminder.not", form);
    }

    Action read(String input) {
        String text = form(input);
        if (containsAny(text, zone)) {
            return new Zone();
        }
        if (containsAny(text, pause)) {
            return new Pause();
        }
        // "не напоминай сегодня" skips one evening, it is not a stop for good.
        // Whole words: "мне сегодня в 22:00" ends a word in "не" and is not a skip.
        String spaced = " " + text.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        if (containsAny(text, today) && negations.stream().anyMatch(n -> spaced.contains(" " + n + " "))) {
            return new SkipToday();
        }
        if (containsAny(text, stop)) {
            return new Stop();
        }
        TimeParser.Result time = TimeParser.parse(text);
        if (time instanceof TimeParser.Valid valid) {
            return new SetTime(valid.time());
        }
        if (time instanceof TimeParser.Invalid invalid) {
            return new BadTime(invalid.fragment());
        }
        if (containsAny(text, resume)) {
            return new Resume();
        }
        return new Menu();
    }

    private static String form(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static boolean containsAny(String text, Set<String> stems) {
        return stems.stream().anyMatch(text::contains);
    }
}
