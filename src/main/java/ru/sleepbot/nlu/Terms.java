package ru.sleepbot.nlu;

import java.util.Map;

/**
 * The word-level terms the features are built from: the Snowball stem of each token, and one
 * shared term for any number, so that "в 22 30" and "в 21 00" look alike to the model.
 */
final class Terms {

    static final String NUMBER = "#";

    private final RussianAnalyzer analyzer;

    Terms(RussianAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Key of the extra information under which the caller may hand in terms it already computed. */
    static final String KEY = "terms";

    /**
     * The terms of these tokens: taken from the extra information when the caller computed them
     * once for all generators (stemming is the costliest step), otherwise computed here.
     */
    String[] of(String[] tokens, Map<String, Object> extraInformation) {
        Object given = extraInformation == null ? null : extraInformation.get(KEY);
        if (given instanceof String[] precomputed && precomputed.length == tokens.length) {
            return precomputed;
        }
        return of(tokens);
    }

    /** The terms of tokens whose stems are already known (an {@link Utterance}'s). */
    static String[] fromStems(String[] tokens, String[] stems) {
        String[] terms = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            terms[i] = isNumber(tokens[i]) ? NUMBER : stems[i];
        }
        return terms;
    }

    String[] of(String[] tokens) {
        String[] terms = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            terms[i] = isNumber(tokens[i]) ? NUMBER : analyzer.stem(tokens[i]);
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
