package ru.sleepbot.dialog;

import java.util.Set;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.nlu.Utterance;

/**
 * "ладно, иду записываться", "ок, скажу маме", "всё, отрубаюсь": a short remark after an answer
 * that opens by taking it ("got it") and says what the person will do, asking nothing. Such a
 * remark closes the subject: it is answered like thanks (or goodbye), even when its other words
 * ("к врачу", "накручивать") sound like a topic to the classifier. The words are content
 * (intents/lexicon/talk.yaml: ack_first, ack_not_second, asking).
 */
public final class Acknowledgement {

    /** A longer message may say something new after the "got it". */
    public static final int MAX_WORDS = 6;

    private final Set<String> first;
    private final Set<String> notSecond;
    private final Set<String> asking;

    public Acknowledgement(Lexicon lexicon) {
        TextNormalizer normalizer = new TextNormalizer();
        this.first = lexicon.words("talk.ack_first", normalizer::normalize);
        this.notSecond = lexicon.words("talk.ack_not_second", normalizer::normalize);
        this.asking = lexicon.words("talk.asking", normalizer::normalize);
    }

    /**
     * True for "got it" and what comes next: opened by an acknowledgement, its second word opening no
     * new question ("ладно, а ..."), no question word in it, no question mark.
     */
    public boolean closes(Utterance said) {
        return said.size() >= 2 && said.size() <= MAX_WORDS && !said.raw().contains("?")
                && first.contains(said.token(0)) && !notSecond.contains(said.token(1))
                && said.tokens().stream().noneMatch(asking::contains);
    }
}
