package ru.sleepbot.dialog;

import java.util.Optional;
import java.util.Set;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Utterance;

/** Reads a short typed "да" / "нет" (and their everyday variants) as an answer to a yes/no question. */
public final class YesNo {

    /** The words are content (intents/lexicon/yes_no.yaml). */
    private final Set<String> yes;
    private final Set<String> no;

    public YesNo(RussianAnalyzer analyzer, Lexicon lexicon) {
        this.yes = lexicon.words("yes_no.yes", analyzer::normalize);
        this.no = lexicon.words("yes_no.no", analyzer::normalize);
    }

    /** True for yes, false for no, empty for anything else (a question, a longer message). */
    public Optional<Boolean> read(Utterance said) {
        String normalized = said.normalized();
        if (no.contains(normalized)) {
            return Optional.of(false);
        }
        if (yes.contains(normalized)) {
            return Optional.of(true);
        }
        if (said.isEmpty() || said.size() > 3) {
            return Optional.empty();
        }
        if (no.contains(said.token(0))) {
            return Optional.of(false);
        }
        return yes.contains(said.token(0)) ? Optional.of(true) : Optional.empty();
    }
}
