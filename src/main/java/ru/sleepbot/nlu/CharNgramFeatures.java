package ru.sleepbot.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character 3- to 5-grams of each word, with its edges marked ("<дерг", "ргаюс", "юсь>"): a typo
 * ("дергаеться", "подкидыват") changes a few grams but keeps most, so misspelt and unseen forms
 * still share features with the training examples. Numbers get none (they carry no spelling).
 */
public final class CharNgramFeatures implements FeatureGenerator {

    static final int MIN = 3;
    static final int MAX = 5;

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        Collection<String> features = new ArrayList<>(tokens.length * 12);
        StringBuilder marked = new StringBuilder(40);
        for (String token : tokens) {
            if (Terms.isNumber(token)) {
                continue;
            }
            marked.setLength(0);
            marked.append('<').append(token).append('>');
            int length = marked.length();
            for (int n = MIN; n <= MAX && n <= length; n++) {
                for (int start = 0; start + n <= length; start++) {
                    features.add("c=" + marked.substring(start, start + n));
                }
            }
        }
        return features;
    }
}
