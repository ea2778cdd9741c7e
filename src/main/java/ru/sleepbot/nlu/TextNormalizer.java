package ru.sleepbot.nlu;

/**
 * Brings a message to the form the classifier was trained on: lower case, ё as е, Latin
 * look-alike letters (and 0 or 3 between letters) inside Cyrillic words mapped to Cyrillic, emoji
 * and punctuation replaced by spaces, stress marks and invisible characters dropped, letters
 * stretched for emphasis ("оооочень") folded, spaces collapsed. Stateless and thread-safe.
 */
public final class TextNormalizer {

    /** Latin letters that people (and keyboards) put in place of the Cyrillic ones they look like. */
    private static final String LATIN = "aceopxykmtbh";
    private static final String CYRILLIC = "асеорхукмтвн";

    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder word = new StringBuilder(32);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (invisible(cp)) {
                continue; // a stress mark or zero-width joiner must not split "приве́т" in two
            }
            if (Character.isLetterOrDigit(cp)) {
                int lower = Character.toLowerCase(cp);
                word.appendCodePoint(lower == 'ё' ? 'е' : lower);
            } else {
                flush(word, out);
            }
        }
        flush(word, out);
        return out.toString();
    }

    /** Stress marks, joiners and other marks that sit inside a word without splitting it. */
    static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT;
    }

    private static void flush(StringBuilder word, StringBuilder out) {
        if (word.length() == 0) {
            return;
        }
        mapLookAlikes(word);
        foldStretched(word);
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(word);
        word.setLength(0);
    }

    /** Only mixed words are touched: a word all in Latin ("ok", "hello") stays as it is. */
    private static void mapLookAlikes(StringBuilder word) {
        boolean cyrillic = false;
        boolean other = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (isCyrillic(c)) {
                cyrillic = true;
            } else if ((c >= 'a' && c <= 'z') || c == '0' || c == '3') {
                other = true;
            }
        }
        if (!cyrillic || !other) {
            return;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int at = LATIN.indexOf(c);
            if (at >= 0) {
                word.setCharAt(i, CYRILLIC.charAt(at));
            } else if ((c == '0' || c == '3') && betweenLetters(word, i)) {
                // "с0н", "3асыпаю" keep their digits only when they stand next to other digits ("23ч")
                word.setCharAt(i, c == '0' ? 'о' : 'з');
            }
        }
    }

    private static boolean betweenLetters(StringBuilder word, int i) {
        boolean before = i == 0 || Character.isLetter(word.charAt(i - 1));
        boolean after = i == word.length() - 1 || Character.isLetter(word.charAt(i + 1));
        return before && after && word.length() > 1;
    }

    private static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    /** Three or more of the same letter never occur in Russian words, so they are emphasis. */
    private static void foldStretched(StringBuilder word) {
        int write = 0;
        int read = 0;
        int length = word.length();
        while (read < length) {
            char c = word.charAt(read);
            int run = 1;
            while (read + run < length && word.charAt(read + run) == c) {
                run++;
            }
            int keep = run >= 3 && Character.isLetter(c) ? 1 : run;
            for (int k = 0; k < keep; k++) {
                word.setCharAt(write++, c);
            }
            read += run;
        }
        word.setLength(write);
    }
}
