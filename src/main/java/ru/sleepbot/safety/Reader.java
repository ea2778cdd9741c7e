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
    /** A message this short is rewritten from Latin letters whenever it has a Latin word. */
    private static final int LATIN_SHORT = 12;
    /** A longer one only when this share of its words (in per cent) is Latin. */
    private static final int LATIN_SHARE = 30;
    /** Each glued part must be a rule word at least this long (the links below excepted). */
    private static final int PART_MIN = 4;
    /** Short words that may stand between two glued words ("мужнепросыпается", "глазаитрясется", "мужбезсознания"). */
    private static final List<String> LINKS = List.of("не", "и", "а", "без");
    /** How many times the rest of a glued word is cut again (five words at most). */
    private static final int MAX_GLUED_DEPTH = 3;

    private final RuleBook book;
    private final RussianAnalyzer analyzer;
    private final WordRepair repair;

    Reader(RuleBook book, RussianAnalyzer analyzer) {
        this.book = book;
        this.analyzer = analyzer;
        this.repair = new WordRepair(book);
    }

    Reading read(Utterance said) {
        String raw = said.raw();
        List<String> words = said.tokens();
        if (hasLatinWord(said)) {
            StringBuilder rewritten = new StringBuilder(raw.length() + 16);
            List<String> spliced = rewriteLatin(raw, words, rewritten);
            raw = rewritten.toString();
            // when the words do not line up (they should), the whole text is cut again: slower, same reading
            words = spliced != null ? spliced : List.of(analyzer.tokens(raw));
        }
        byte[][] joinedGaps = new byte[1][];
        words = repair.join(words, Gaps.of(raw, words.size()), joinedGaps);
        byte[] gaps = joinedGaps[0];
        int capacity = words.size() + 8;
        List<String> tokens = new ArrayList<>(capacity);
        int[][] patterns = new int[capacity][];
        byte[] allGaps = new byte[capacity];
        byte[] roles = new byte[capacity];
        IntList found = new IntList(8);
        for (int i = 0; i < words.size(); i++) {
            String token = repair.mendShort(words.get(i));
            RuleBook.Known known = book.vocabulary.get(token);
            if (known != null) {
                // a word spelt right: its patterns are known, no typo or glued words to look for
                if (tokens.size() == patterns.length) {
                    patterns = java.util.Arrays.copyOf(patterns, patterns.length * 2);
                    allGaps = java.util.Arrays.copyOf(allGaps, allGaps.length * 2);
                    roles = java.util.Arrays.copyOf(roles, roles.length * 2);
                }
                patterns[tokens.size()] = known.patterns();
                roles[tokens.size()] = known.role();
                allGaps[tokens.size()] = gaps[i];
                tokens.add(token);
                continue;
            }
            found.clear();
            lookUp(token, found);
            if (mayBeMisspelt(token, found)) {
                List<String> parts = gluedWordsMayHide(token, found) ? glued(token) : null;
                if (parts != null) {
                    for (int k = 0; k < parts.size(); k++) {
                        IntList partFound = new IntList(4);
                        lookUp(parts.get(k), partFound);
                        if (tokens.size() == patterns.length) {
                            patterns = java.util.Arrays.copyOf(patterns, patterns.length * 2);
                            allGaps = java.util.Arrays.copyOf(allGaps, allGaps.length * 2);
                            roles = java.util.Arrays.copyOf(roles, roles.length * 2);
                        }
                        patterns[tokens.size()] = partFound.toArray();
                        roles[tokens.size()] = book.negation.role(parts.get(k));
                        allGaps[tokens.size()] = k == 0 ? gaps[i] : Reading.SPACE;
                        tokens.add(parts.get(k));
                    }
                    continue;
                }
                addTypos(token, found);
            }
            if (tokens.size() == patterns.length) {
                patterns = java.util.Arrays.copyOf(patterns, patterns.length * 2);
                allGaps = java.util.Arrays.copyOf(allGaps, allGaps.length * 2);
                roles = java.util.Arrays.copyOf(roles, roles.length * 2);
            }
            patterns[tokens.size()] = found.isEmpty() ? NONE : found.toArray();
            roles[tokens.size()] = book.negation.role(token);
            allGaps[tokens.size()] = gaps[i];
            tokens.add(token);
        }
        int n = tokens.size();
        byte[] finalGaps = java.util.Arrays.copyOf(allGaps, n);
        return new Reading(tokens, finalGaps, java.util.Arrays.copyOf(patterns, n),
                book.negation.settle(tokens, finalGaps, java.util.Arrays.copyOf(roles, n)));
    }

    private static final int[] NONE = new int[0];

    /**
     * Rewrites the all-Latin chunks of {@code raw} into {@code out} and returns the message's words
     * with only those chunks cut again; the rest keep the words the {@code Utterance} already has.
     * Null when the chunks and the words do not line up.
     */
    private List<String> rewriteLatin(String raw, List<String> tokens, StringBuilder out) {
        List<String> words = new ArrayList<>(tokens.size() + 4);
        int t = 0;
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            boolean latin = false;
            while (end < raw.length() && !Character.isWhitespace(raw.charAt(end))) {
                char e = Character.toLowerCase(raw.charAt(end));
                latin |= e >= 'a' && e <= 'z';
                end++;
            }
            int count = Gaps.words(raw, i, end);
            String chunk = latin ? raw.substring(i, end) : null;
            String rewritten = latin ? LatinRewrite.word(chunk, this::knows) : null;
            if (!latin || rewritten == chunk) {
                if (t + count > tokens.size()) {
                    return null;
                }
                words.addAll(tokens.subList(t, t + count));
                out.append(raw, i, end);
            } else {
                java.util.Collections.addAll(words, analyzer.tokens(rewritten));
                out.append(rewritten);
            }
            t += count;
            i = end;
        }
        return t == tokens.size() ? words : null;
    }

    /** The patterns of the typo-prone concepts that {@code token} may be a misspelling of. */
    private void addTypos(String token, IntList found) {
        book.typoIndex.fuzzy(token, found);
    }

    private void lookUp(String token, IntList out) {
        if (isNumber(token)) {
            for (int id : book.numberPatterns) {
                if (book.patterns.get(id).acceptsNumber(token)) {
                    out.add(id);
                }
            }
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
            if (book.patterns.get(found.get(k)).whole()) {
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

    /**
     * The parts of a glued word ("сынатрясет" → сына, трясет; "сынзакатилглазаитрясется" → сын,
     * закатил, глаза, и, трясется), or null when it is not one. Parts are rule words; a short
     * "не", "и" or "а" may stand between them.
     */
    private List<String> glued(String token) {
        return glued(token, 0);
    }

    private List<String> glued(String token, int depth) {
        for (int k = 2; k <= token.length() - PART_MIN; k++) {
            // "ни" is how "не" is often misspelt, glued too: "нидышит", "нипросыпается"
            boolean leftIsNegation = k == 2 && (token.startsWith("не") || token.startsWith("ни"));
            if (!leftIsNegation && !book.index.matchesWhole(token, 0, k, 3)) {
                continue;
            }
            for (String link : LINKS) {
                int rest = k + link.length();
                if (token.startsWith(link, k) && token.length() - rest >= PART_MIN
                        && book.index.matchesWhole(token, rest, token.length(), PART_MIN)) {
                    List<String> parts = new ArrayList<>(List.of(token.substring(0, k), link));
                    parts.addAll(more(token.substring(rest), depth));
                    return parts;
                }
            }
            if (book.index.matchesWhole(token, k, token.length(), PART_MIN)) {
                List<String> parts = new ArrayList<>(List.of(token.substring(0, k)));
                parts.addAll(more(token.substring(k), depth));
                return parts;
            }
        }
        return null;
    }

    /** The last part of a glued word, itself cut again when it is long and no word as it stands. */
    private List<String> more(String rest, int depth) {
        if (depth < MAX_GLUED_DEPTH && rest.length() >= GLUED_MIN && !book.vocabulary.containsKey(rest)) {
            List<String> parts = glued(rest, depth + 1);
            if (parts != null) {
                return parts;
            }
        }
        return List.of(rest);
    }

    private boolean knows(String word) {
        return book.index.matchesWhole(word, 0, word.length(), 1) || book.negation.isNegator(word)
                || book.knownWords.contains(word);
    }

    /**
     * True when the message may be Russian typed in Latin letters: short and with a Latin word, or
     * with Latin words making up a good part of it. A long Russian story with "B6" or "iPhone" in it
     * is read as it is.
     */
    private static boolean hasLatinWord(Utterance said) {
        int latin = 0;
        for (int i = 0; i < said.size(); i++) {
            char c = said.token(i).charAt(0);
            if (c >= 'a' && c <= 'z') {
                latin++;
            }
        }
        return latin > 0 && (said.size() <= LATIN_SHORT || latin * 100 >= said.size() * LATIN_SHARE);
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
