package ru.sleepbot.nlu.opennlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Sentence;
import ru.sleepbot.nlu.Utterance;

/**
 * Turns a message into the weighted features the model is trained on and evaluated with: the
 * message is cut into sentences, each sentence weighed ({@link SentenceWeights}), and the
 * features of each sentence (stems, stem bigrams, character 3-grams, concepts of the lexicon)
 * carry its weight; a bias feature carries 1. Training and classifying go through this one
 * class, so both read a message the same way. Immutable and thread-safe.
 */
final class MessageFeatures {

    /** Longer messages are cut here: it bounds the work per message, and a story's topic shows early. */
    static final int MAX_TOKENS = 400;
    static final String BIAS = "bias";

    private static final List<FeatureGenerator> GENERATORS =
            List.of(new StemFeatures(), new StemBigramFeatures(), new CharNgramFeatures());

    private final ConceptMatcher concepts;
    private final SentenceWeights weights;
    private final boolean weighted;

    MessageFeatures(Cues cues, RussianAnalyzer analyzer, Set<Reading> reading) {
        this.concepts = new ConceptMatcher(reading.contains(Reading.CONCEPTS) ? cues : Cues.none(), analyzer);
        this.weights = new SentenceWeights(cues, analyzer);
        this.weighted = reading.contains(Reading.SENTENCE_WEIGHTS);
    }

    /** The features by name, as training takes them. */
    FeatureSink.Named of(Utterance utterance) {
        FeatureSink.Named out = new FeatureSink.Named();
        into(utterance, out);
        return out;
    }

    /** Puts the features of the message into {@code out}, in a fixed order. */
    void into(Utterance utterance, FeatureSink out) {
        int size = Math.min(utterance.size(), MAX_TOKENS);
        String[] tokens = utterance.tokens().subList(0, size).toArray(String[]::new);
        String[] terms = Terms.fromStems(tokens, utterance.stems().subList(0, size).toArray(String[]::new));
        List<Sentence> sentences = clip(Sentence.split(utterance), size);
        List<List<String>> found = new ArrayList<>(sentences.size());
        boolean[] named = new boolean[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            List<String> inSentence = new ArrayList<>(2);
            concepts.find(tokens, sentences.get(s).from(), sentences.get(s).to(), inSentence);
            found.add(inSentence);
            named[s] = !inSentence.isEmpty();
        }
        float[] weight = weighted ? weights.of(sentences, tokens, named) : SentenceWeights.even(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            for (FeatureGenerator generator : GENERATORS) {
                generator.extract(tokens, terms, sentence.from(), sentence.to(), weight[s], out);
            }
            for (String concept : found.get(s)) {
                out.name("k=").append(concept);
                out.add(weight[s]);
            }
        }
        out.add(BIAS, 1);
    }

    private static List<Sentence> clip(List<Sentence> sentences, int size) {
        List<Sentence> clipped = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            if (s.from() < size) {
                clipped.add(s.to() <= size ? s : new Sentence(s.from(), size, s.question()));
            }
        }
        return clipped;
    }
}
