package ru.sleepbot.dialog.reminder;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sleepbot.content.Lexicon;

/** How many evenings a pause said in words lasts: "на 3 дня", "на три дня", "на неделю", "на пару дней". */
final class PauseDays {

    private static final Pattern DAYS_IN_WORDS = Pattern.compile("(\\p{L}+)\\s+(?:дн|дне|сут|вечер)");
    private static final Pattern DAYS = Pattern.compile("(?:на\\s+)?(\\d{1,2})\\s+(?:дн|сут)");
    private static final int WEEK = 7;
    private static final int FEW = 2;

    private final SpokenTime spoken;
    private final Set<String> week;
    private final Set<String> fewDays;

    PauseDays(Lexicon lexicon, SpokenTime spoken) {
        this.spoken = spoken;
        this.week = lexicon.words("reminder.pause_week", ReminderIntent::form);
        this.fewDays = lexicon.words("reminder.pause_few_days", ReminderIntent::form);
    }

    /** The days a (lower-case) message names; empty: a pause until the user resumes. */
    Optional<Integer> in(String text) {
        Matcher m = DAYS.matcher(text);
        if (m.find()) {
            return Optional.of(Math.max(1, Integer.parseInt(m.group(1))));
        }
        Matcher words = DAYS_IN_WORDS.matcher(text);
        while (words.find()) {
            Integer count = spoken.dayCount(words.group(1));
            if (count != null) {
                return Optional.of(count); // "на три дня", "следующие два дня"
            }
        }
        if (ReminderIntent.containsAny(text, week)) {
            return Optional.of(WEEK);
        }
        return ReminderIntent.containsAny(text, fewDays) ? Optional.of(FEW) : Optional.empty();
    }
}
