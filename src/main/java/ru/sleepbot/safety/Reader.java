package ru.sleepbot.safety;

import java.util.ArrayList;
import java.util.List;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Utterance;

/**
 * Makes a {@link Reading} of an {@link Utterance}: Latin-lettered words are read as Russian
 * ({@link LatinRewrite}), each word is looked up in the rules' {@link WordIndex}, and a long word
 * that matches nothing is tried as two or three glued words ("мужнепросыпается") and then as a
 * typo of a rule word ("судароги"). Words the bot spells itself are never taken for typos.
 */
final class Reader {

    /** Glued words are looked for only in words at least this long. */
    private static final int GLUED_MIN = 6;
    /** Each glued part must be a rule word at least this long ("не" is the one exception). */
    private static final int PART_MIN = 4;

    private final RuleBook book;
    private final RussianAnalyzer analyzer;

    Reader(RuleBook book, RussianAnalyzer analyzer) {
        this.book = book;
        this.analyzer = analyzer;
    }

    Reading read(Utterance said) {
        Utterance words = hasLatinWord(said) ? analyzer.analyze(LatinRewrite.rewrite(said.raw(), this::knows)) : said;
        byte[] gaps = Gaps.of(words.raw(), words.size());
        List<String> tokens = new ArrayList<>(words.size() + 4);
        List<int[]> patterns = new ArrayList<>(words.size() + 4);
        IntList found = new IntList(8);
        List<Byte> gapList = new ArrayList<>(words.size() + 4);
        for (int i = 0; i < words.size(); i++) {
            String token = words.token(i);
            found.clear();
            lookUp(token, found);
            if (mayBeMisspelt(token, found)) {
                List<String> parts = gluedWordsMayHide(token, found) ? glued(token) : null;
                if (parts != null) {
                    for (int k = 0; k < parts.size(); k++) {
                        IntList partFound = new IntList(4);
                        lookUp(parts.get(k), partFound);
                        tokens.add(parts.get(k));
                        patterns.add(partFound.toArray());
                        gapList.add(k == 0 ? gaps[i] : Reading.SPACE);
                    }
                    continue;
                }
                addTypos(token, found);
            }
            tokens.add(token);
            patterns.add(found.isEmpty() ? NONE : found.toArray());
            gapList.add(gaps[i]);
        }
        byte[] allGaps = new byte[gapList.size()];
        for (int i = 0; i < allGaps.length; i++) {
            allGaps[i] = gapList.get(i);
        }
        return new Reading(tokens, allGaps, patterns.toArray(int[][]::new));
    }

    private static final int[] NONE = new int[0];

    /** The patterns of the typo-prone concepts that {@code token} may be a misspelling of. */
    private void addTypos(String token, IntList found) {
        IntList typos = new IntList(4);
        book.index.fuzzy(token, typos);
        for (int k = 0; k < typos.size(); k++) {
            if (book.typoProne[typos.get(k)]) {
                found.addUnique(typos.get(k));
            }
        }
    }

    private void lookUp(String token, IntList out) {
        if (isNumber(token)) {
            for (int id : book.numberPatterns) {
                if (book.patterns.get(id).acceptsNumber(token)) {
                    out.add(id);
                }
            }
            return;
        }
        book.index.exact(token, 0, token.length(), out);
    }

    /**
     * A word may be a typo when it is long enough, not a number, not a word the bot spells itself,
     * and no rule word matches it whole: "дышет" matches the beginning "дыш*" but is "дышит" misspelt.
     */
    private boolean mayBeMisspelt(String token, IntList found) {
        if (token.length() < WordIndex.FUZZY_MIN || isNumber(token) || book.knownWords.contains(token)) {
            return false;
        }
        for (int k = 0; k < found.size(); k++) {
            if (book.patterns.get(found.get(k)).kind() == WordPattern.Kind.WORD) {
                return false;
            }
        }
        return true;
    }

    /** Glued words hide in a long word that at most a short beginning of it matched ("сын*" in "сынатрясет"). */
    private boolean gluedWordsMayHide(String token, IntList found) {
        if (token.length() < GLUED_MIN) {
            return false;
        }
        for (int k = 0; k < found.size(); k++) {
            if (book.patterns.get(found.get(k)).text().length() > token.length() - PART_MIN) {
                return false;
            }
        }
        return true;
    }

    /** The parts of a glued word ("сынатрясет" → сына, трясет), or null when it is not one. */
    private List<String> glued(String token) {
        for (int k = 2; k <= token.length() - PART_MIN; k++) {
            boolean leftIsNegation = book.negation.isNegator(token.substring(0, k));
            if (!leftIsNegation && !book.index.matchesWhole(token, 0, k, 3)) {
                continue;
            }
            int rest = k + 2;
            if (token.startsWith("не", k) && token.length() - rest >= PART_MIN
                    && book.index.matchesWhole(token, rest, token.length(), PART_MIN)) {
                return List.of(token.substring(0, k), "не", token.substring(rest));
            }
            if (book.index.matchesWhole(token, k, token.length(), PART_MIN)) {
                return List.of(token.substring(0, k), token.substring(k));
            }
        }
        return null;
    }

    private boolean knows(String word) {
        return book.index.matchesWhole(word, 0, word.length(), 1) || book.negation.isNegator(word)
                || book.knownWords.contains(word);
    }

    private static boolean hasLatinWord(Utterance said) {
        for (int i = 0; i < said.size(); i++) {
            char c = said.token(i).charAt(0);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return !token.isEmpty();
    }
}
