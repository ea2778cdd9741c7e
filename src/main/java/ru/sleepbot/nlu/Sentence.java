package ru.sleepbot.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a message, as a range of the {@link Utterance}'s tokens, and whether it asks
 * (ends with a question mark). Long forum posts open with a greeting and a story and ask at the
 * end; the classifier weighs sentences by what they do.
 */
public record Sentence(int from, int to, boolean question) {

    public Sentence {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("bad token range " + from + ".." + to);
        }
    }

    public int size() {
        return to - from;
    }

    /**
     * The sentences of a message: its raw text is cut after '.', '!', '?', '…' and line breaks (a
     * '.' only before a space or the end and not after a one-letter word, so "3.5" and "т.е. жар"
     * stay whole), and each piece gets the
     * tokens the normalizer made of it, counted the normalizer's way: a word is a run of letters
     * and digits. Pieces without a word are dropped. Always at least one sentence for a message
     * with words; if the counts ever disagree with the utterance, the whole message is one sentence.
     */
    public static List<Sentence> split(Utterance utterance) {
        String raw = utterance.raw();
        List<Sentence> sentences = new ArrayList<>(4);
        int tokens = 0;
        int from = 0;
        boolean inWord = false;
        int wordLength = 0;
        boolean question = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (TextNormalizer.invisible(cp)) {
                i = next;
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    tokens++;
                    inWord = true;
                    wordLength = 0;
                }
                wordLength++;
            } else {
                // "т.е. жар", "г. Москва": a dot right after a one-letter word is an abbreviation
                boolean abbreviation = cp == '.' && inWord && wordLength == 1;
                inWord = false;
                question |= cp == '?';
                if (!abbreviation && ends(raw, cp, next)) {
                    if (tokens > from) {
                        sentences.add(new Sentence(from, tokens, question));
                        from = tokens;
                    } else if (question && !sentences.isEmpty()) {
                        // "Почему так... ?": the mark after a closed sentence still makes it a question
                        Sentence last = sentences.remove(sentences.size() - 1);
                        sentences.add(new Sentence(last.from(), last.to(), true));
                    }
                    question = false;
                }
            }
            i = next;
        }
        if (tokens > from) {
            sentences.add(new Sentence(from, tokens, question));
        }
        if (tokens != utterance.size()) {
            return utterance.isEmpty() ? List.of() : List.of(new Sentence(0, utterance.size(), question));
        }
        return sentences;
    }

    /** Whether this character closes a sentence; a run of them ("?!", "...") is closed by its last one. */
    private static boolean ends(String raw, int cp, int next) {
        boolean stop = cp == '?' || cp == '!' || cp == '…' || cp == '\n' || cp == '\r'
                || cp == '.' && (next >= raw.length() || Character.isWhitespace(raw.charAt(next)));
        if (!stop || next >= raw.length()) {
            return stop;
        }
        char following = raw.charAt(next);
        return following != '?' && following != '!' && following != '.' && following != '…';
    }
}
