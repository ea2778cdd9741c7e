package ru.sleepbot.nlu.opennlp;

/**
 * Pairs of neighbouring stems within a sentence ("нога_дерга", "не_могу"): word order carries
 * meaning that single stems lose, for example a negation or "во сне" against "перед сном".
 */
final class StemBigramFeatures implements FeatureGenerator {

    @Override
    public void extract(String[] tokens, String[] terms, int from, int to, float weight, FeatureSink out) {
        for (int i = from + 1; i < to; i++) {
            out.name("b=").append(terms[i - 1]).append('_').append(terms[i]);
            out.add(weight);
        }
    }
}
