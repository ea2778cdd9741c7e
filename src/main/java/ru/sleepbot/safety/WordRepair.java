package ru.sleepbot.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Mends two slips the typo search of {@link WordIndex} cannot see, before the words are looked up:
 * a word cut in two by voice typing or a stray space ("су дороги", "ды шит", "без созна ния"), and
 * a short word with a letter heard wrong ("магу" for "могу", "ни" for "не"): the typo search
 * leaves words under five letters alone, because there one letter off is more often another word.
 * Both are kept narrow: two pieces are joined only when the whole is a word of an emergency
 * ({@code typos:} concepts) and one piece is no word at all; a short word is changed only by a
 * sound slip ("о"/"а", "е"/"и"...) and only into a negation word or an emergency's word. An
 * ordinal's ending is dropped from its number ("на 30й неделе", "34-й неделе" are week 30 and 34).
 */
final class WordRepair {

    /** A joined word must be at least this long: "ды|шит", not "по|ел". */
    private static final int JOINED_MIN = 5;
    /** The endings of an ordinal number: "на 30й неделе", "34-я неделя", "на 5-ый день". */
    private static final Set<String> ORDINAL = Set.of("й", "я", "е", "ю", "го", "ой", "ая", "ый",
            "ий", "ого", "ому", "ом", "ей", "ую", "х", "ти", "ми", "мя");
    /** Short words, this long, may have a sound slip mended. */
    private static final int SHORT_MIN = 3;
    private static final int SHORT_MAX = WordIndex.FUZZY_MIN - 1;

    private final RuleBook book;
    /**
     * Every short word misheard by one sound, mapped to the word meant ("магу" → "могу"), worked out
     * once: short words are most words of a message, and a lookup is all each of them costs.
     */
    private final Map<String, String> misheard;

    WordRepair(RuleBook book) {
        this.book = book;
        this.misheard = misheard(book);
    }

    /** The negation words and the emergencies' whole words of 3-4 letters, each misheard once. */
    private static Map<String, String> misheard(RuleBook book) {
        TreeSet<String> meant = new TreeSet<>();
        for (String word : book.negation.wordRoles().keySet()) {
            if (word.length() >= SHORT_MIN && word.length() <= SHORT_MAX && letters(word)) {
                meant.add(word);
            }
        }
        for (int id = 0; id < book.patterns.size(); id++) {
            WordPattern p = book.patterns.get(id);
            if (book.typoProne[id] && p.kind() == WordPattern.Kind.WORD && p.text().length() >= SHORT_MIN
                    && p.text().length() <= SHORT_MAX && letters(p.text())) {
                meant.add(p.text());
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String word : meant) {
            char[] letters = word.toCharArray();
            for (int at = 1; at < letters.length; at++) {
                char right = letters[at];
                for (char typed = 'а'; typed <= 'я'; typed++) {
                    if (typed == right || !TypoModel.soundsAlike(right, typed)) {
                        continue;
                    }
                    letters[at] = typed;
                    String variant = new String(letters);
                    if (!meant.contains(variant) && !book.vocabulary.containsKey(variant)) {
                        out.putIfAbsent(variant, word);
                    }
                }
                letters[at] = right;
            }
        }
        return Map.copyOf(out);
    }

    /**
     * The words with split ones joined; {@code gaps} (one per word, what stands before it) is
     * filtered alike into {@code gapsOut}. Returns {@code words} itself when nothing was joined.
     */
    List<String> join(List<String> words, byte[] gaps, byte[][] gapsOut) {
        List<String> out = null;
        byte[] outGaps = null;
        int n = words.size();
        for (int i = 0; i < n; i++) {
            String word = words.get(i);
            boolean ordinal = i + 1 < n && isNumber(word) && ORDINAL.contains(words.get(i + 1));
            if (ordinal || i + 1 < n && gaps[i + 1] == Reading.SPACE && split(word, words.get(i + 1))) {
                if (out == null) {
                    out = new ArrayList<>(words.subList(0, i));
                    outGaps = Arrays.copyOf(gaps, n);
                }
                outGaps[out.size()] = gaps[i];
                out.add(ordinal ? word : word + words.get(i + 1));
                i++;
                continue;
            }
            String rest = negationGlued(word);
            if (rest != null) {
                if (out == null) {
                    out = new ArrayList<>(words.subList(0, i));
                    outGaps = Arrays.copyOf(gaps, n + 1);
                }
                outGaps = ensure(outGaps, out.size() + 2);
                outGaps[out.size()] = gaps[i];
                out.add("не"); // "ни" is how "не" is often misspelt
                outGaps[out.size()] = Reading.SPACE;
                out.add(rest);
            } else if (out != null) {
                outGaps = ensure(outGaps, out.size() + 1);
                outGaps[out.size()] = gaps[i];
                out.add(word);
            }
        }
        if (out == null) {
            gapsOut[0] = gaps;
            return words;
        }
        gapsOut[0] = Arrays.copyOf(outGaps, out.size());
        return out;
    }

    /**
     * The rest of a short word that is "не" or "ни" glued to an emergency's word ("недыш", "нидышит"
     * too short or too odd for the glued-word search), or null.
     */
    private String negationGlued(String word) {
        if (word.length() < 5 || !(word.startsWith("не") || word.startsWith("ни")) || book.vocabulary.containsKey(word)
                || !letters(word)) {
            return null;
        }
        String rest = word.substring(2);
        IntList own = new IntList(2);
        book.index.exact(word, 0, word.length(), own);
        for (int k = 0; k < own.size(); k++) {
            if (book.patterns.get(own.get(k)).whole()) {
                return null; // a word of the rules as it stands ("нету")
            }
        }
        return emergencyWord(rest) ? rest : null;
    }

    private static byte[] ensure(byte[] gaps, int size) {
        return gaps.length >= size ? gaps : Arrays.copyOf(gaps, Math.max(size, gaps.length * 2));
    }

    /** True when two pieces are one emergency word cut in two, and one of them is no word at all. */
    private boolean split(String left, String right) {
        int length = left.length() + right.length();
        if (length < JOINED_MIN || !book.typoIndex.hasPath(left, right, JOINED_MIN) || isWord(left) && isWord(right)
                || !letters(left) || !letters(right)
                || book.negation.role(left) != 0 || book.negation.role(right) != 0) {
            return false;
        }
        return typoProne(left + right, left.length());
    }

    /**
     * True when {@code whole} is a word of an emergency, cut inside the word: a whole word, or a
     * word beginning that runs past the cut and leaves no more than an ending ("судорог|и"), not
     * "бабушк*" with "нидышит" after it.
     */
    private boolean typoProne(String whole, int cut) {
        IntList found = new IntList(4);
        book.typoIndex.exact(whole, 0, whole.length(), found);
        for (int k = 0; k < found.size(); k++) {
            WordPattern p = book.patterns.get(found.get(k));
            if (p.whole() || p.text().length() > cut && p.text().length() >= JOINED_MIN
                    && whole.length() - p.text().length() <= WordIndex.FUZZY_MAX_ENDING) {
                return true;
            }
        }
        return false;
    }

    /** A piece that is a word in its own right: known, a negation word, or a word of the rules. */
    private boolean isWord(String piece) {
        return book.vocabulary.containsKey(piece) || book.negation.role(piece) != 0
                || book.index.matchesWhole(piece, 0, piece.length(), 1);
    }

    /**
     * A short unknown word with one letter heard wrong, mended ("магу" → "могу"), or the word
     * itself. The first letter must be right; the result must be a negation word or a
     * whole word of an emergency.
     */
    String mendShort(String word) {
        int digits = 0;
        while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < word.length() && ORDINAL.contains(word.substring(digits))) {
            return word.substring(0, digits); // "30й" is the number 30
        }
        if (word.length() < SHORT_MIN || word.length() > SHORT_MAX) {
            return word;
        }
        return misheard.getOrDefault(word, word);
    }

    private boolean emergencyWord(String candidate) {
        IntList found = new IntList(2);
        book.typoIndex.exact(candidate, 0, candidate.length(), found);
        for (int k = 0; k < found.size(); k++) {
            if (book.patterns.get(found.get(k)).whole()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    private static boolean letters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'а' || c > 'я') {
                return false;
            }
        }
        return true;
    }
}
