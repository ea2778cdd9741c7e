package ru.sleepbot.nlu.opennlp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Sentence;

/**
 * How much each sentence of a message counts. A long forum post opens with a greeting and a story
 * and asks at the end; the story mentions other things (a child, a job, a pill) that would pull
 * the answer their way. So a question counts most, a sentence naming a symptom (a concept of the
 * lexicon) less, background less again, and a sentence of courtesy words ("Здравствуйте!",
 * "Заранее спасибо") hardly at all. Weights are scaled so that the heaviest sentence counts 1:
 * a message of one sentence is read exactly as before. Immutable.
 */
final class SentenceWeights {

    /*
     * Measured on the dev set (eval --data src/test/resources/nlu/dev-real.tsv, all 752 rows, L2 1.0,
     * 2026-12-07): every sentence at 1: parent accuracy 0.916; question 1, symptom 0.7,
     * background 0.4, courtesy 0.1: 0.922; these, milder: 0.930 with the fewest off-topic
     * messages let through. Steeper weights let off-topic posts through: their substance is in the
     * "background" (another illness) and their question is a generic "what should I do?".
     */
    static final float QUESTION = 1.0f;
    static final float SYMPTOM = 0.85f;
    static final float BACKGROUND = 0.7f;
    static final float COURTESY = 0.5f;

    private final Set<String> courtesy = new HashSet<>();
    private final Set<String> questionWords = new HashSet<>();

    SentenceWeights(Cues cues, RussianAnalyzer analyzer) {
        cues.words(Cues.COURTESY).forEach(w -> courtesy.add(analyzer.normalize(w)));
        cues.words(Cues.QUESTION).forEach(w -> questionWords.add(analyzer.normalize(w)));
    }

    /** Every sentence at 1: the reading without weights. */
    static float[] even(int sentences) {
        float[] weights = new float[sentences];
        java.util.Arrays.fill(weights, 1f);
        return weights;
    }

    /**
     * The weight of each sentence, given its tokens and whether it names a concept.
     *
     * @param concepts per sentence, whether a concept was found in it
     */
    float[] of(List<Sentence> sentences, String[] tokens, boolean[] concepts) {
        float[] weights = new float[sentences.size()];
        if (sentences.size() == 1) {
            weights[0] = 1;
            return weights;
        }
        float max = 0;
        for (int s = 0; s < weights.length; s++) {
            weights[s] = weight(sentences.get(s), tokens, concepts[s]);
            max = Math.max(max, weights[s]);
        }
        for (int s = 0; s < weights.length; s++) {
            weights[s] /= max;
        }
        return weights;
    }

    private float weight(Sentence sentence, String[] tokens, boolean concept) {
        boolean polite = true;
        boolean asks = sentence.question();
        for (int i = sentence.from(); i < sentence.to(); i++) {
            polite &= courtesy.contains(tokens[i]);
            asks |= questionWords.contains(tokens[i]);
        }
        if (polite) {
            return COURTESY;
        }
        if (asks) {
            return QUESTION;
        }
        return concept ? SYMPTOM : BACKGROUND;
    }
}
