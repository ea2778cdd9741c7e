package ru.sleepbot.nlu;

import java.util.Locale;

/**
 * Brings a message to the form the classifier was trained on: lower case, ё as е, Latin
 * look-alike letters inside Cyrillic words mapped to Cyrillic, emoji and punctuation replaced by
 * spaces, letters stretched for emphasis ("оооочень") folded, spaces collapsed.
 */
public final class TextNormalizer {

    /** Latin letters that people (and keyboards) put in place of the Cyrillic ones they look like. */
    private static final String LATIN = "aceopxykmtbh";
    private static final String CYRILLIC = "асеорхукмтвн";

    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        StringBuilder cleaned = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> cleaned.appendCodePoint(Character.isLetterOrDigit(cp) ? cp : ' '));
        StringBuilder out = new StringBuilder(cleaned.length());
        for (String word : cleaned.toString().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(foldStretched(mapLookAlikes(word)));
        }
        return out.toString();
    }

    private static String mapLookAlikes(String word) {
        boolean cyrillic = false;
        boolean latin = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            cyrillic |= Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
            latin |= c >= 'a' && c <= 'z';
        }
        if (!cyrillic || !latin) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int at = LATIN.indexOf(c);
            out.append(at >= 0 ? CYRILLIC.charAt(at) : c);
        }
        return out.toString();
    }

    /** Three or more of the same letter never occur in Russian words, so they are emphasis. */
    private static String foldStretched(String word) {
        StringBuilder out = new StringBuilder(word.length());
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            int run = 1;
            while (i + run < word.length() && word.charAt(i + run) == c) {
                run++;
            }
            boolean letter = Character.isLetter(c);
            out.append(c);
            if (run == 2 || !letter) {
                out.append(String.valueOf(c).repeat(run - 1));
            }
            i += run;
        }
        return out.toString();
    }
}
