package ru.sleepbot.dialog;

import java.util.Optional;
import java.util.Set;
import ru.sleepbot.nlu.RussianAnalyzer;

/** Reads a short typed "да" / "нет" (and their everyday variants) as an answer to a yes/no question. */
final class YesNo {

    static final Set<String> YES = Set.of("да", "ага", "угу", "конечно", "давай", "давайте", "верно", "точно",
            "yes", "ок", "окей", "ok", "удаляй", "удалите", "удали");
    static final Set<String> NO = Set.of("нет", "неа", "не", "no", "никогда", "отмена", "передумал", "передумала",
            "оставь", "оставьте", "не надо", "нет спасибо");

    private final RussianAnalyzer analyzer;

    YesNo(RussianAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** True for yes, false for no, empty for anything else (a question, a longer message). */
    Optional<Boolean> read(String text) {
        String normalized = analyzer.normalize(text);
        if (NO.contains(normalized)) {
            return Optional.of(false);
        }
        if (YES.contains(normalized)) {
            return Optional.of(true);
        }
        String[] tokens = analyzer.tokens(text);
        if (tokens.length == 0 || tokens.length > 3) {
            return Optional.empty();
        }
        if (NO.contains(tokens[0])) {
            return Optional.of(false);
        }
        return YES.contains(tokens[0]) ? Optional.of(true) : Optional.empty();
    }
}
