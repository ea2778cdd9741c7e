package ru.sleepbot.dialog.diary;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.diary.Factor;
import ru.sleepbot.diary.Jerks;
import ru.sleepbot.dialog.Phrases;
import ru.sleepbot.nlu.Utterance;

/** The diary's words ({@code intents/lexicon/diary.yaml}): requests in plain words and typed check-in answers. */
final class DiaryWords {

    /** What a short message asks of the diary. */
    enum Request { EXPORT, REPORT, INSIGHTS, CHART_MONTH, CHART, STOP, OTHER_DAY, CHECKIN, START }

    /** Requests are short; a long message that mentions a diary is a story for the classifier. */
    static final int MAX_REQUEST_WORDS = 20;

    private static final Pattern SCORE = Pattern.compile("(?<![\\d.,])([1-5])(?![\\d.,:])");

    private final Map<Request, Phrases> requests = new LinkedHashMap<>();
    private final Phrases chartMonth;
    private final Phrases skip;
    private final Phrases none;
    private final Map<Factor, Phrases> factors = new EnumMap<>(Factor.class);
    private final Map<Jerks, Phrases> jerks = new LinkedHashMap<>();

    DiaryWords(Lexicon lexicon) {
        requests.put(Request.EXPORT, phrases(lexicon, "export"));
        requests.put(Request.REPORT, phrases(lexicon, "report"));
        requests.put(Request.INSIGHTS, phrases(lexicon, "insights"));
        requests.put(Request.CHART, phrases(lexicon, "chart"));
        requests.put(Request.STOP, phrases(lexicon, "stop"));
        requests.put(Request.OTHER_DAY, phrases(lexicon, "other_day"));
        requests.put(Request.CHECKIN, phrases(lexicon, "checkin"));
        requests.put(Request.START, phrases(lexicon, "start"));
        this.chartMonth = phrases(lexicon, "chart_month");
        this.skip = phrases(lexicon, "skip");
        this.none = phrases(lexicon, "none");
        for (Factor factor : Factor.values()) {
            factors.put(factor, phrases(lexicon, "factor_" + factor.key()));
        }
        for (Jerks level : new Jerks[] {Jerks.WOKE, Jerks.NONE, Jerks.MANY, Jerks.FEW}) {
            jerks.put(level, phrases(lexicon, "jerks_" + level.key()));
        }
    }

    private static Phrases phrases(Lexicon lexicon, String key) {
        return new Phrases(lexicon.words("diary." + key));
    }

    Optional<Request> request(Utterance said) {
        if (said.size() > MAX_REQUEST_WORDS) {
            return Optional.empty();
        }
        for (Map.Entry<Request, Phrases> entry : requests.entrySet()) {
            if (entry.getValue().in(said)) {
                boolean month = entry.getKey() == Request.CHART && chartMonth.in(said);
                return Optional.of(month ? Request.CHART_MONTH : entry.getKey());
            }
        }
        return Optional.empty();
    }

    boolean skip(Utterance said) {
        return skip.in(said);
    }

    /** "4", "на 4", "4 из 5". */
    Optional<Integer> quality(Utterance said) {
        Matcher m = SCORE.matcher(said.raw());
        return m.find() && said.size() <= 6 ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    Optional<Jerks> jerks(Utterance said) {
        return jerks.entrySet().stream().filter(e -> e.getValue().in(said)).map(Map.Entry::getKey).findFirst();
    }

    /** Factor keys in the message; an empty set for "ничего"; empty when it names none of them. */
    Optional<Set<String>> factors(Utterance said) {
        Set<String> found = new TreeSet<>();
        factors.forEach((factor, words) -> {
            if (words.in(said)) {
                found.add(factor.key());
            }
        });
        if (!found.isEmpty()) {
            return Optional.of(found);
        }
        return none.in(said) ? Optional.of(Set.of()) : Optional.empty();
    }
}
