package ru.sleepbot.diary;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import ru.sleepbot.chat.Html;
import ru.sleepbot.content.Messages;
import ru.sleepbot.store.diary.DiaryEntry;

/** The diary's words for its values, from content: factors, jerks, signs, a night's summary, "из 5 ночей". */
public final class Wording {

    private final Messages messages;

    public Wording(Messages messages) {
        this.messages = messages;
    }

    /** "Кофе или энергетик после 16:00". */
    public String factor(Factor factor) {
        return plain("diary.factor." + factor.key());
    }

    public String factorShort(Factor factor) {
        return plain("diary.factor_short." + factor.key());
    }

    /** A warning sign's name for the report, or its id when content has none. */
    public String sign(String id) {
        String key = "diary.report.sign." + id;
        return messages.has(key) ? plain(key) : id;
    }

    /** "ночей" after 5, "ночи" after 1 or 21: the genitive that follows "из N". */
    public String nightsAfter(int n) {
        var forms = messages.variants("diary.nights_after_number");
        return n % 10 == 1 && n % 100 != 11 ? forms.get(0) : forms.get(1);
    }

    /** "сон 4 из 5, немного вздрагиваний, кофе, стресс" (HTML-escaped parts). */
    public String summary(DiaryEntry entry) {
        StringBuilder out = new StringBuilder();
        if (entry.quality() != null) {
            out.append(messages.text("diary.quality_word", Map.of("score", entry.quality())));
        }
        if (entry.jerks() != null && messages.has("diary.jerks_summary." + entry.jerks())) {
            append(out, messages.text("diary.jerks_summary." + entry.jerks()));
        }
        if (entry.factors() != null) {
            append(out, entry.factors().isEmpty() ? messages.text("diary.no_factors")
                    : factorList(entry.factors()));
        }
        return out.toString();
    }

    /** "кофе, стресс" in the order of the check-in's buttons. */
    public String factorList(Set<String> keys) {
        return new TreeSet<>(keys).stream().flatMap(k -> Factor.of(k).stream()).sorted()
                .map(f -> messages.text("diary.factor_short." + f.key())).collect(Collectors.joining(", "));
    }

    private static void append(StringBuilder out, String part) {
        out.append(out.length() == 0 ? "" : ", ").append(part);
    }

    private String plain(String key) {
        return Html.toPlain(messages.text(key));
    }
}
