package ru.sleepbot.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/** One feature per word stem ("дергаюсь", "дергается" → "s=дерга"): inflection stops mattering. */
public final class StemFeatures implements FeatureGenerator {

    private final Terms terms;

    /** OpenNLP re-creates feature generators by reflection, so each builds its own analyzer. */
    public StemFeatures() {
        this.terms = new Terms(new RussianAnalyzer(new TextNormalizer()));
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        String[] stems = terms.of(tokens, extraInformation);
        Collection<String> features = new ArrayList<>(stems.length);
        for (String stem : stems) {
            features.add("s=" + stem);
        }
        return features;
    }
}
