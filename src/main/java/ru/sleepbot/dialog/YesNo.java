package ru.sleepbot.dialog;

import java.util.Optional;
import java.util.Set;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.nlu.RussianAnalyzer;

/** Reads a short typed "да" / "нет" (and their everyday variants) as an answer to a yes/no question. */
final class YesNo {

    private final RussianAnalyzer analyzer;
    /** The words are content (intents/lexicon/yes_no.yaml). */
    private final Set<String> yes;
    private final Set<String> no;

    YesNo(RussianAnalyzer analyzer, Lexicon lexicon) {
        this.analyzer = analyzer;
        this.yes = lexicon.words("yes_no.yes", analyzer::normalize);
        this.no = lexicon.words("yes_no.no", analyzer::normalize);
    }

    /** True for yes, false for no, empty for anything else (a question, a longer message). */
    Optional<Boolean> read(String text) {
        String normalized = analyzer.normalize(text);
        if (no.contains(normalized)) {
            return Optional.of(false);
        }
        if (yes.contains(normalized)) {
            return Optional.of(true);
        }
        String[] tokens = analyzer.tokens(text);
        if (tokens.length == 0 || tokens.length > 3) {
            return Optional.empty();
        }
        if (no.contains(tokens[0])) {
            return Optional.of(false);
        }
        return yes.contains(tokens[0]) ? Optional.of(true) : Optional.empty();
    }
}
