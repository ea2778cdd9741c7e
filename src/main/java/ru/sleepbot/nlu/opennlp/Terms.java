package ru.sleepbot.nlu.opennlp;

/**
 * The word-level terms the features are built from: the Snowball stem of each token, and one
 * shared term for any number, so that "в 22 30" and "в 21 00" look alike to the model.
 */
final class Terms {

    static final String NUMBER = "#";

    private Terms() {
    }

    /** The terms of tokens whose stems are already known (an {@code Utterance}'s). */
    static String[] fromStems(String[] tokens, String[] stems) {
        String[] terms = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            terms[i] = isNumber(tokens[i]) ? NUMBER : stems[i];
        }
        return terms;
    }

    static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return !token.isEmpty();
    }
}
