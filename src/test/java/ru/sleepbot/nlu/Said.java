package ru.sleepbot.nlu;

/** Test shorthand: a message read the way the dialog reads it, once. */
public final class Said {

    private static final RussianAnalyzer ANALYZER = new RussianAnalyzer(new TextNormalizer());

    private Said() {
    }

    public static Utterance of(String text) {
        return ANALYZER.analyze(text);
    }
}
