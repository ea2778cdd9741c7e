package ru.sleepbot.nlu.opennlp;

/**
 * One kind of feature of a sentence, like OpenNLP doccat's {@code FeatureGenerator} but weighted:
 * every feature of a sentence carries the sentence's weight, so that the maxent model, which
 * takes real-valued features, hears a greeting less than a question.
 */
interface FeatureGenerator {

    /**
     * Adds the features of tokens {@code [from, to)} to {@code out}, each with {@code weight}.
     *
     * @param tokens normalized tokens of the whole message
     * @param terms  the term of each token (its stem, or one shared term for a number)
     */
    void extract(String[] tokens, String[] terms, int from, int to, float weight, FeatureSink out);
}
