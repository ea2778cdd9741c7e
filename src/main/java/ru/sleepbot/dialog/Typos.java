package ru.sleepbot.dialog;

/**
 * One typo between two words: a letter left out, one too many, one replaced, or two neighbours
 * swapped (the optimal string alignment distance is at most one).
 */
final class Typos {

    private Typos() {
    }

    /** True when {@code a} and {@code b} differ by at most one typo; {@code replacing}: a replaced letter counts. */
    static boolean oneApart(String a, String b, boolean replacing) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int start = 0;
        while (start < Math.min(la, lb) && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        if (la == lb) {
            // One letter replaced, or two neighbours swapped.
            return replacing && a.substring(start + 1).equals(b.substring(start + 1))
                    || start + 1 < la && a.charAt(start) == b.charAt(start + 1) && a.charAt(start + 1) == b.charAt(start)
                    && a.substring(start + 2).equals(b.substring(start + 2));
        }
        // One letter more in the longer word.
        return la > lb ? a.substring(start + 1).equals(b.substring(start)) : b.substring(start + 1).equals(a.substring(start));
    }
}
