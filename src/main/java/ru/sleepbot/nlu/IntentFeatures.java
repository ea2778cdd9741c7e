package ru.sleepbot.nlu;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * The feature set of the intent model, composed the OpenNLP way: stems, stem bigrams, character
 * 3-grams of words and a bias feature. The categorizer is given normalized tokens.
 */
public final class IntentFeatures extends DoccatFactory {

    /**
     * OpenNLP's model re-creates its factory and feature generators from their class names (by
     * reflection, through ExtensionLoader), which is why these classes are public with no-argument
     * constructors, and why this package must be registered as allowed before training.
     */
    public IntentFeatures() {
        super(new FeatureGenerator[] {
            new StemFeatures(), new StemBigramFeatures(), new CharNgramFeatures(), new BiasFeature()
        });
    }

    /** Lets OpenNLP instantiate this package's factory and generators; idempotent. */
    static void allowReflectiveLoading() {
        ExtensionLoader.registerAllowedPackage(IntentFeatures.class.getPackageName());
    }
}
