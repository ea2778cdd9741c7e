package ru.sleepbot.dialog;

import java.util.HashSet;
import java.util.Set;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.nlu.Utterance;

/**
 * Whether a message says thanks or goodbye in words (intents/lexicon/talk.yaml), not only by the
 * classifier's guess: the classifier learns "пока" as goodbye, but "пока" is as often "while" ("какой
 * сериал глянуть, пока валяюсь", "мне лечь, пока едут?"). Such a word says goodbye only at the end
 * of a message that asks nothing, or before another closing word ("пока, спасибо", "пока, до завтра").
 */
public final class Farewells {

    private final Phrases thanks;
    private final Phrases farewell;
    private final Set<String> atEnd;
    /** Words after which a farewell word still closes the message ("пока, спасибо"). */
    private final Set<String> closing;

    public Farewells(Lexicon lexicon) {
        TextNormalizer normalizer = new TextNormalizer();
        this.thanks = new Phrases(lexicon.words("talk.thanks"));
        this.farewell = new Phrases(lexicon.words("talk.farewell"));
        this.atEnd = lexicon.words("talk.farewell_at_end", normalizer::normalize);
        Set<String> closers = new HashSet<>(lexicon.words("talk.ok", normalizer::normalize));
        closers.addAll(lexicon.words("talk.farewell_then", normalizer::normalize));
        closers.addAll(atEnd);
        this.closing = Set.copyOf(closers);
    }

    public boolean saysThanks(Utterance said) {
        return thanks.in(said);
    }

    /** A word like "пока" in the message, but not as a farewell: there it means "while". */
    public boolean onlyWhile(Utterance said) {
        return said.tokens().stream().anyMatch(atEnd::contains) && !saysGoodbye(said);
    }

    public boolean saysGoodbye(Utterance said) {
        if (farewell.in(said)) {
            return true;
        }
        if (said.raw().contains("?")) {
            return false;
        }
        int last = said.size() - 1;
        for (int i = 0; i <= last; i++) {
            if (atEnd.contains(said.token(i)) && (i == last || closing.contains(said.token(i + 1)))) {
                return true;
            }
        }
        return false;
    }
}
