package ru.sleepbot.dialog.diary;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sleepbot.chat.Html;
import ru.sleepbot.content.KnowledgeBase;

/**
 * Reads which night a user means: "24.11", "24.11.2026", "24 ноября", "вчера", "позавчера",
 * "сегодня". Month names are the diary's ({@code diary.months}); the day words are lexicon
 * ({@code diary.day_*}). A date without a year is the latest one not after today.
 */
final class DayWords {

    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})[./](\\d{1,2})(?:[./](\\d{4}))?(?!\\d)");
    private static final Pattern NAMED = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+([а-я]+)");

    private final List<String> months;
    private final Set<String> today;
    private final Set<String> yesterday;
    private final Set<String> dayBefore;

    DayWords(KnowledgeBase knowledge) {
        this.months = knowledge.messages().variants("diary.months").stream().map(Html::toPlain).toList();
        this.today = knowledge.lexicon().words("diary.day_today");
        this.yesterday = knowledge.lexicon().words("diary.day_yesterday");
        this.dayBefore = knowledge.lexicon().words("diary.day_before_yesterday");
    }

    Optional<LocalDate> read(String input, LocalDate now) {
        String text = input.toLowerCase(Locale.ROOT).replace('ё', 'е');
        Matcher m = NUMERIC.matcher(text);
        if (m.find()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? null : Integer.parseInt(m.group(3)), now);
        }
        m = NAMED.matcher(text);
        while (m.find()) {
            int month = months.indexOf(m.group(2));
            if (month >= 0) {
                return date(Integer.parseInt(m.group(1)), month + 1, null, now);
            }
        }
        for (String word : text.split("[^а-я]+")) {
            if (dayBefore.contains(word)) {
                return Optional.of(now.minusDays(2));
            }
            if (yesterday.contains(word)) {
                return Optional.of(now.minusDays(1));
            }
            if (today.contains(word)) {
                return Optional.of(now);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(int day, int month, Integer year, LocalDate now) {
        try {
            LocalDate date = LocalDate.of(year == null ? now.getYear() : year, month, day);
            return Optional.of(year == null && date.isAfter(now) ? date.minusYears(1) : date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
