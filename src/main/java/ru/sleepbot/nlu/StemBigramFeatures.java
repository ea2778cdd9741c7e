package ru.sleepbot.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Pairs of neighbouring stems ("нога_дерга", "не_могу"): word order carries meaning that single
 * stems lose, for example a negation or "во сне" against "перед сном".
 */
public final class StemBigramFeatures implements FeatureGenerator {

    private final Terms terms;

    /** OpenNLP re-creates feature generators by reflection, so each builds its own analyzer. */
    public StemBigramFeatures() {
        this.terms = new Terms(new RussianAnalyzer(new TextNormalizer()));
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        String[] stems = terms.of(tokens, extraInformation);
        Collection<String> features = new ArrayList<>(Math.max(0, stems.length - 1));
        for (int i = 1; i < stems.length; i++) {
            features.add("b=" + stems[i - 1] + '_' + stems[i]);
        }
        return features;
    }
}
