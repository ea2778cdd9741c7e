package ru.sleepbot.nlu.opennlp;

/** One feature per word stem ("дергаюсь", "дергается" → "s=дерга"): inflection stops mattering. */
final class StemFeatures implements FeatureGenerator {

    @Override
    public void extract(String[] tokens, String[] terms, int from, int to, float weight, FeatureSink out) {
        for (int i = from; i < to; i++) {
            out.name("s=").append(terms[i]);
            out.add(weight);
        }
    }
}
