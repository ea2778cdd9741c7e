package ru.sleepbot.dialog.reminder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.reminder.TimeParser;

/**
 * A reminder time as people say it, before the digits that {@link TimeParser} reads: "полдесятого",
 * "в пол-одиннадцатого", "без четверти одиннадцать", "четверть одиннадцатого", "в десять тридцать",
 * "в 10 с половиной", "в полночь" are rewritten as a 24-hour "21:30" and then parsed. A message
 * with several times ("не, в 11 поздно, давай в полдесятого") means the last one it does not take
 * back. A shift of the time set ("на полчаса позже", "сдвинь на 15 минут раньше") is read apart.
 * The words are content (intents/lexicon/time.yaml).
 */
final class SpokenTime {

    /** Words, numbers (with their minutes: "22:30") and single other characters. */
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\d+(?:[:.]\\d+)?|\\S");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern PUNCTUATION = Pattern.compile("[,;.!?()]");
    /** Said this way, an hour from six to eleven is an evening one: a bedtime bot hears "в полдесятого" as 21:30. */
    private static final int FIRST_EVENING_HOUR = 6;
    private static final int LAST_EVENING_HOUR = 11;

    private final Map<String, Integer> ordinals;
    private final Map<String, Integer> hours;
    private final Map<String, Integer> minutes;
    private final Map<String, Integer> minutesBefore;
    private final Set<String> half;
    private final Set<String> quarter;
    private final Set<String> before;
    private final List<String> andAHalf;
    private final Set<String> midnight;
    private final Set<String> morning;
    private final Set<String> later;
    private final Set<String> earlier;
    private final Set<String> move;
    private final Set<String> halfHour;
    private final Set<String> hourUnit;
    private final Set<String> minuteUnit;
    private final Set<String> clauseBreak;
    private final Set<String> not;
    private final Set<String> wanted;
    private final Map<String, Integer> dayCounts;

    SpokenTime(Lexicon lexicon) {
        this.ordinals = valued(lexicon, "time.ordinal");
        this.hours = valued(lexicon, "time.hour");
        this.minutes = valued(lexicon, "time.minute");
        this.minutesBefore = valued(lexicon, "time.minute_before");
        this.half = lexicon.words("time.half", SpokenTime::form);
        this.quarter = lexicon.words("time.quarter", SpokenTime::form);
        this.before = lexicon.words("time.before", SpokenTime::form);
        this.andAHalf = lexicon.words("time.and_a_half", SpokenTime::form).stream().findFirst()
                .map(phrase -> List.of(phrase.split(" "))).orElseThrow();
        this.midnight = lexicon.words("time.midnight", SpokenTime::form);
        this.morning = lexicon.words("time.morning", SpokenTime::form);
        this.later = lexicon.words("time.later", SpokenTime::form);
        this.earlier = lexicon.words("time.earlier", SpokenTime::form);
        this.move = lexicon.words("time.move", SpokenTime::form);
        this.halfHour = lexicon.words("time.half_hour", SpokenTime::form);
        this.hourUnit = lexicon.words("time.hour_unit", SpokenTime::form);
        this.minuteUnit = lexicon.words("time.minute_unit", SpokenTime::form);
        this.clauseBreak = lexicon.words("time.clause_break", SpokenTime::form);
        this.not = lexicon.words("time.not", SpokenTime::form);
        this.wanted = lexicon.words("time.wanted", SpokenTime::form);
        this.dayCounts = valued(lexicon, "reminder.day_count");
    }

    /** The time a message names, everyday words included; of several, the last one not taken back. */
    TimeParser.Result time(String text) {
        List<String> words = tokens(text);
        List<List<String>> parts = parts(words);
        List<TimeParser.Result> kept = new ArrayList<>();
        List<List<String>> keptParts = new ArrayList<>();
        int named = 0;
        for (List<String> part : parts) {
            TimeParser.Result result = TimeParser.parse(plain(part));
            if (!(result instanceof TimeParser.Absent)) {
                named++;
                if (!part.isEmpty() && not.contains(part.get(0)) || part.size() > 1 && not.contains(part.get(1))) {
                    continue; // "а не в 11": taken back
                }
                kept.add(result);
                keptParts.add(part);
            }
        }
        // One time: read as a whole, so "в 9:30, вечером" keeps the evening said after the comma.
        if (named <= 1 || kept.isEmpty()) {
            return TimeParser.parse(plain(words));
        }
        // "хотя нет, мне бы на 23:30, в 11 я ещё на созвоне": a part that asks for its time wins.
        List<TimeParser.Result> asked = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            if (keptParts.get(i).stream().anyMatch(wanted::contains)) {
                asked.add(kept.get(i));
            }
        }
        List<TimeParser.Result> chosen = asked.isEmpty() ? kept : asked;
        return chosen.stream().filter(TimeParser.Valid.class::isInstance).reduce((a, b) -> b).orElse(chosen.get(0));
    }

    /**
     * "на полчаса позже", "на час пораньше", "сдвинь на 15 минут": a shift of the time set, later
     * (positive) or earlier; a shift asked with a verb of moving and no direction is a later time.
     */
    Optional<Duration> shift(String text) {
        List<String> words = tokens(text);
        Optional<Duration> amount = amount(words);
        if (amount.isEmpty() || words.stream().anyMatch(w -> w.contains(":"))) {
            return Optional.empty();
        }
        if (words.stream().anyMatch(earlier::contains)) {
            return amount.map(Duration::negated);
        }
        return words.stream().anyMatch(w -> later.contains(w) || move.contains(w)) ? amount : Optional.empty();
    }

    private Optional<Duration> amount(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (halfHour.contains(word) || half.contains(word) && i + 1 < words.size() && hourUnit.contains(words.get(i + 1))) {
                return Optional.of(Duration.ofMinutes(30));
            }
            boolean hourAfter = i + 1 < words.size() && hourUnit.contains(words.get(i + 1));
            boolean minuteAfter = i + 1 < words.size() && minuteUnit.contains(words.get(i + 1));
            Optional<Integer> count = count(word);
            if (count.isPresent() && hourAfter) {
                return Optional.of(Duration.ofHours(count.get()));
            }
            if (count.isPresent() && minuteAfter) {
                return Optional.of(Duration.ofMinutes(count.get()));
            }
            if (hourUnit.contains(word) && (i == 0 || count(words.get(i - 1)).isEmpty())) {
                return Optional.of(Duration.ofHours(1)); // "на час позже"
            }
        }
        return Optional.empty();
    }

    /** How many days a word counts ("три" in "на три дня"), or null. */
    Integer dayCount(String word) {
        return dayCounts.get(word);
    }

    private Optional<Integer> count(String word) {
        if (NUMBER.matcher(word).matches()) {
            return Optional.of(Integer.parseInt(word));
        }
        return Optional.ofNullable(minutes.getOrDefault(word, hours.get(word)));
    }

    /** The words again, with each everyday time said as a 24-hour "21:30". */
    private String plain(List<String> words) {
        boolean am = words.stream().anyMatch(morning::contains);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            int next = i + 1 < words.size() && words.get(i + 1).equals("-") ? i + 2 : i + 1;
            String following = next < words.size() ? words.get(next) : "";
            if (midnight.contains(word)) {
                out.add("00:00");
            } else if ((half.contains(word) || quarter.contains(word)) && ordinals.containsKey(following)) {
                // "половина десятого": half of the tenth hour, 9:30; "четверть одиннадцатого": 10:15.
                out.add(clock(ordinals.get(following) - 1, half.contains(word) ? 30 : 15, am));
                i = next;
            } else if (before.contains(word) && minutesBefore.containsKey(following) && next + 1 < words.size()
                    && hourOf(words.get(next + 1)).isPresent()) {
                out.add(clock(hourOf(words.get(next + 1)).get() - 1, 60 - minutesBefore.get(following), am));
                i = next + 1;
            } else if (hours.containsKey(word) && minutes.containsKey(following) && i > 0) {
                int minute = minutes.get(following);
                int last = next;
                if (minute >= 20 && next + 1 < words.size() && minutes.getOrDefault(words.get(next + 1), 10) < 10) {
                    minute += minutes.get(words.get(next + 1)); // "сорок пять"
                    last = next + 1;
                }
                out.add(clock(hours.get(word), minute, am));
                i = last;
            } else if (hourOf(word).isPresent() && i + andAHalf.size() < words.size()
                    && words.subList(i + 1, i + 1 + andAHalf.size()).equals(andAHalf)) {
                int hour = hourOf(word).get();
                out.add(hour > 12 ? String.format(Locale.ROOT, "%02d:30", hour) : clock(hour, 30, am));
                i += andAHalf.size();
            } else {
                out.add(word);
            }
        }
        return String.join(" ", out);
    }

    /** An hour said as a word or a number ("одиннадцать", "11"). */
    private Optional<Integer> hourOf(String word) {
        if (NUMBER.matcher(word).matches()) {
            int hour = Integer.parseInt(word);
            return hour >= 1 && hour <= 23 ? Optional.of(hour) : Optional.empty();
        }
        return Optional.ofNullable(hours.get(word));
    }

    /** An hour of the clock face (0-12) as a 24-hour time, evening unless said in the morning. */
    private static String clock(int hour, int minute, boolean am) {
        int face = hour == 0 ? 12 : hour;
        int h = face > 12 ? face : am ? face % 12
                : face >= FIRST_EVENING_HOUR && face <= LAST_EVENING_HOUR ? face + 12 : face == 12 ? 0 : face;
        return String.format(Locale.ROOT, "%02d:%02d", h, minute % 60);
    }

    /** The message in parts: split at punctuation and before a word of {@code clause_break}. */
    private List<List<String>> parts(List<String> words) {
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        for (String word : words) {
            boolean punctuation = PUNCTUATION.matcher(word).matches();
            if ((punctuation || clauseBreak.contains(word)) && !part.isEmpty()) {
                parts.add(part);
                part = new ArrayList<>();
            }
            if (!punctuation) {
                part.add(word);
            }
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    /** Words in lower case, "ё" as "е"; "полдесятого" is "пол десятого". */
    private List<String> tokens(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(form(text));
        while (m.find()) {
            String word = m.group();
            Optional<String> halfOf = half.stream().filter(h -> word.startsWith(h) && ordinals.containsKey(word.substring(h.length())))
                    .findFirst();
            if (halfOf.isPresent()) {
                words.add(halfOf.get());
                words.add(word.substring(halfOf.get().length()));
            } else {
                words.add(word);
            }
        }
        return words;
    }

    private static Map<String, Integer> valued(Lexicon lexicon, String key) {
        Map<String, Integer> values = new HashMap<>();
        for (String entry : lexicon.words(key, SpokenTime::form)) {
            int colon = entry.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("lexicon list " + key + ": '" + entry + "' is not 'word:number'");
            }
            values.put(entry.substring(0, colon), Integer.parseInt(entry.substring(colon + 1)));
        }
        return Map.copyOf(values);
    }

    private static String form(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
