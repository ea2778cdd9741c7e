package ru.sleepbot.safety;

/**
 * Which one-letter slips make a typo rather than another word: a key next to the right one on
 * the Russian layout, or a letter people confuse by sound ("о"/"а", "е"/"и", "з"/"с"); an extra
 * letter doubled, struck beside its neighbour, or a vowel inside the word. "перекусила" is no
 * slip of "перекосила" (у and о are neither), "пропадать" none of "припадок"; "перекасило",
 * "сударога" and "трисется" (an unstressed "я" heard as "и") are. Looked up in a table worked out once: the typo search asks it at every step.
 */
final class TypoModel {

    private static final String[] ROWS = {"йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"};
    /** Letters confused by sound, in pairs. */
    private static final String[] SOUNDS = {"оа", "еи", "ея", "иы", "ая", "ую", "эе", "шщ", "зс", "дт", "бп",
        "гк", "вф", "жш", "цс", "ьъ", "йи", "чщ", "ео", "яи"};
    private static final String VOWELS = "аеиоуыэюя";
    private static final int LETTERS = 'я' - 'а' + 1;
    /** [a][b]: neighbouring keys; and a likely slip, by key or by sound (never written after loading). */
    private static final boolean[][] NEAR = table(false);
    private static final boolean[][] SLIP = table(true);
    /** [a][b]: letters confused by sound only. */
    private static final boolean[][] SOUND = soundTable();

    private TypoModel() {
    }

    /** True when {@code typed} in place of {@code meant} is a likely slip. */
    static boolean mayReplace(char meant, char typed) {
        if (!isCyrillic(meant) || !isCyrillic(typed)) {
            return true;
        }
        return SLIP[meant - 'а'][typed - 'а'];
    }

    /** True when {@code typed} in place of {@code meant} is a slip of the ear ("магу" for "могу"). */
    static boolean soundsAlike(char meant, char typed) {
        return isCyrillic(meant) && isCyrillic(typed) && SOUND[meant - 'а'][typed - 'а'];
    }

    /** True when the letter at {@code at} of {@code word} may be one struck by mistake. */
    static boolean mayBeExtra(String word, int at) {
        char c = word.charAt(at);
        if (!isCyrillic(c)) {
            return true;
        }
        char before = at > 0 ? word.charAt(at - 1) : 0;
        char after = at + 1 < word.length() ? word.charAt(at + 1) : 0;
        // a vowel slips in inside a word ("перерыва"); at its end it makes another form ("приступаю")
        return c == before || c == after || isCyrillic(before) && NEAR[c - 'а'][before - 'а']
                || isCyrillic(after) && NEAR[c - 'а'][after - 'а'] || VOWELS.indexOf(c) >= 0 && after != 0;
    }

    private static boolean[][] table(boolean bySound) {
        boolean[][] table = new boolean[LETTERS][LETTERS];
        for (char a = 'а'; a <= 'я'; a++) {
            for (char b = 'а'; b <= 'я'; b++) {
                table[a - 'а'][b - 'а'] = neighbours(a, b) || bySound && sound(a, b);
            }
        }
        return table;
    }

    private static boolean[][] soundTable() {
        boolean[][] table = new boolean[LETTERS][LETTERS];
        for (char a = 'а'; a <= 'я'; a++) {
            for (char b = 'а'; b <= 'я'; b++) {
                table[a - 'а'][b - 'а'] = a != b && sound(a, b);
            }
        }
        return table;
    }

    private static boolean neighbours(char a, char b) {
        for (String row : ROWS) {
            int i = row.indexOf(a);
            int j = row.indexOf(b);
            if (i >= 0 && j >= 0 && Math.abs(i - j) == 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean sound(char a, char b) {
        for (String pair : SOUNDS) {
            if (pair.indexOf(a) >= 0 && pair.indexOf(b) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCyrillic(char c) {
        return c >= 'а' && c <= 'я';
    }
}
