package ru.sleepbot.nlu;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * A feature every message has, so the model learns how common each intent is on its own; a
 * message made only of unknown words then falls back to that prior rather than to a flat guess.
 */
public final class BiasFeature implements FeatureGenerator {

    private static final List<String> BIAS = List.of("bias");

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        return BIAS;
    }
}
