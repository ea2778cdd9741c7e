package ru.sleepbot.safety;

import java.util.function.Predicate;

/**
 * Reads Russian typed in Latin letters, the two ways a frightened person does it: transliteration
 * ("muzh ne dyshit") and the wrong keyboard layout ("ve; yt lsibn", the keys of "муж не дышит").
 * Each all-Latin word of the raw text is rewritten both ways and the likelier Russian word kept:
 * the one the rules know, else the one that looks like Russian (has vowels, no four consonants in
 * a row, does not start with ь, ъ or ы). Words with Cyrillic letters are left alone: the
 * normalizer already maps Latin look-alikes inside them.
 */
final class LatinRewrite {

    private static final String QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
    private static final String JCUKEN = "йцукенгшщзхъфывапролджэячсмитьбюё";
    /** Longest first: "shch" before "sh" before "s". */
    private static final String[][] TRANSLIT = {
        {"shch", "щ"}, {"tsya", "тся"}, {"tsja", "тся"}, {"sch", "щ"}, {"zh", "ж"}, {"kh", "х"}, {"ch", "ч"},
        {"sh", "ш"}, {"ts", "ц"}, {"yu", "ю"}, {"ju", "ю"}, {"ya", "я"}, {"ja", "я"}, {"yo", "е"},
        {"jo", "е"}, {"a", "а"}, {"b", "б"}, {"v", "в"}, {"w", "в"}, {"g", "г"}, {"d", "д"}, {"e", "е"},
        {"z", "з"}, {"i", "и"}, {"j", "й"}, {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"},
        {"p", "п"}, {"r", "р"}, {"s", "с"}, {"t", "т"}, {"u", "у"}, {"f", "ф"}, {"h", "х"}, {"c", "ц"},
        {"x", "кс"}, {"q", "к"}, {"'", "ь"}, {"`", "ь"}
    };
    private static final String VOWELS = "аеиоуыэюяё";

    private LatinRewrite() {
    }

    /** True when some word of {@code text} is written in Latin letters only. */
    static boolean needed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with every all-Latin word rewritten in Cyrillic; {@code known} tells words the rules know. */
    static String rewrite(String text, Predicate<String> known) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            out.append(word(text.substring(i, end), known));
            i = end;
        }
        return out.toString();
    }

    /** One whitespace-free chunk of a message in Cyrillic, or the same instance when it is not all Latin. */
    static String word(String chunk, Predicate<String> known) {
        String lower = chunk.toLowerCase(java.util.Locale.ROOT);
        boolean latin = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                latin = true;
            } else if (Character.isLetter(c)) {
                return chunk; // Cyrillic or another script: not ours to rewrite
            }
        }
        if (!latin) {
            return chunk;
        }
        String layout = layout(lower);
        String translit = translit(lower);
        int layoutScore = score(letters(layout), known);
        int translitScore = score(letters(translit), known);
        return layoutScore > translitScore ? layout : translit;
    }

    /** The keys pressed, read on the Russian layout; a trailing "!" or "?" stays punctuation. */
    private static String layout(String lower) {
        int end = lower.length();
        while (end > 0 && "!?".indexOf(lower.charAt(end - 1)) >= 0) {
            end--;
        }
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < end; i++) {
            char c = lower.charAt(i);
            int at = QWERTY.indexOf(c);
            out.append(at >= 0 ? JCUKEN.charAt(at) : c);
        }
        return out.append(lower, end, lower.length()).toString();
    }

    private static String translit(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        int i = 0;
        outer:
        while (i < lower.length()) {
            for (String[] pair : TRANSLIT) {
                if (lower.startsWith(pair[0], i)) {
                    out.append(pair[1]);
                    i += pair[0].length();
                    continue outer;
                }
            }
            char c = lower.charAt(i++);
            if (c == 'y') {
                // "й" after a vowel ("golovoy", "sinii"), "ы" elsewhere ("dyshit", "vpervye").
                boolean afterVowel = out.length() > 0 && VOWELS.indexOf(out.charAt(out.length() - 1)) >= 0;
                out.append(afterVowel ? 'й' : 'ы');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String letters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(Character.isLetter(c) ? c : ' ');
        }
        return out.toString().strip();
    }

    /** Higher is likelier Russian: words the rules know count most, then the shape of the word. */
    private static int score(String candidate, Predicate<String> known) {
        int score = 0;
        for (String part : candidate.split(" +")) {
            if (part.isEmpty()) {
                continue;
            }
            if (known.test(part)) {
                score += 10;
            }
            score -= oddness(part);
        }
        return score;
    }

    private static int oddness(String word) {
        int odd = "ьъы".indexOf(word.charAt(0)) >= 0 ? 3 : 0;
        int vowels = 0;
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            if (VOWELS.indexOf(word.charAt(i)) >= 0) {
                vowels++;
                run = 0;
            } else if (++run == 4) {
                odd += 2;
            }
        }
        if (vowels == 0 && word.length() > 1) {
            odd += 3;
        }
        return odd;
    }
}
