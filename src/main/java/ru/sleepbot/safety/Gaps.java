package ru.sleepbot.safety;

/**
 * Finds what separates the words of a message: the normalized text keeps only words, but a
 * negation must not reach across a full stop ("Нет. Дышит ровно."), so the raw text is walked
 * once more, word by word, the way {@code nlu.TextNormalizer} cuts it (letters and digits make a
 * word; stress marks and invisible characters do not break one).
 */
final class Gaps {

    private Gaps() {
    }

    /**
     * One entry per word: {@link Reading#SPACE}, {@link Reading#BREAK}, {@link Reading#SENTENCE} or {@link Reading#QUESTION}
     * for what stands before it. When the raw text holds a different number of words than
     * {@code words} (it should not), every gap is a space: the rules then read as if unpunctuated.
     */
    static byte[] of(String raw, int words) {
        byte[] gaps = new byte[words];
        int word = -1;
        byte pending = Reading.SPACE;
        boolean inWord = false;
        int i = 0;
        while (i < raw.length()) {
            char ch = raw.charAt(i);
            int cp = Character.isHighSurrogate(ch) ? raw.codePointAt(i) : ch;
            i += Character.charCount(cp);
            boolean letter = ch >= 'А' && ch <= 'я' || ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9'
                    || ch != ' ' && Character.isLetterOrDigit(cp);
            if (!letter && invisible(cp)) {
                continue;
            }
            if (letter) {
                if (!inWord) {
                    word++;
                    if (word >= words) {
                        return new byte[words];
                    }
                    gaps[word] = word == 0 ? Reading.SPACE : pending;
                    pending = Reading.SPACE;
                    inWord = true;
                }
            } else {
                inWord = false;
                if (!decimalPoint(cp, raw, i)) {
                    pending = (byte) Math.max(pending, kind(cp, raw, i));
                }
            }
        }
        return word == words - 1 ? gaps : new byte[words];
    }

    /** "39,5" and "37.8" are one number to a reader, not two sentences. */
    private static boolean decimalPoint(int cp, String raw, int next) {
        int at = next - 1;
        return (cp == ',' || cp == '.') && at > 0 && next < raw.length()
                && Character.isDigit(raw.charAt(at - 1)) && Character.isDigit(raw.charAt(next));
    }

    /** How many words {@code text[from, to)} holds, cut as the normalizer cuts them. */
    static int words(String text, int from, int to) {
        int words = 0;
        boolean inWord = false;
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (!invisible(cp)) {
                inWord = false;
            }
        }
        return words;
    }

    private static byte kind(int cp, String raw, int next) {
        if (cp == '?') {
            return Reading.QUESTION;
        }
        if (cp == '-') {
            // "руки-ноги" and "кто-то" are one phrase; " - " between words is a dash.
            boolean spaced = next < raw.length() && Character.isWhitespace(raw.charAt(next));
            return spaced ? Reading.BREAK : Reading.SPACE;
        }
        if (cp == '\n' || ".!;…".indexOf(cp) >= 0) {
            return Reading.SENTENCE;
        }
        if (",:()—–\"«»".indexOf(cp) >= 0) {
            return Reading.BREAK;
        }
        return Reading.SPACE;
    }

    private static boolean invisible(int cp) {
        if (cp < 0x300 && cp != 0xAD) {
            return false; // below the combining marks nothing is invisible but the soft hyphen
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT;
    }
}
