package ru.sleepbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.FeatureGenerator;
import org.junit.jupiter.api.Test;

class FeaturesTest {

    private final RussianAnalyzer analyzer = new RussianAnalyzer(new TextNormalizer());

    private Set<String> features(String text) {
        Set<String> all = new HashSet<>();
        String[] tokens = analyzer.tokens(text);
        for (FeatureGenerator generator : new IntentFeatures().getFeatureGenerators()) {
            all.addAll(generator.extractFeatures(tokens, Map.of()));
        }
        return all;
    }

    @Test
    void inflectedFormsOfOneVerbShareFeatures() {
        Set<String> first = features("дергаюсь");
        Set<String> second = features("дёрнулся");
        Set<String> third = features("дергается");
        assertThat(first).contains("s=дерга").containsAll(Set.of("c=<де", "c=дер", "c=сь>"));
        assertThat(third).contains("s=дерга", "c=<де", "c=дер");
        assertThat(second).contains("c=<де", "c=дер");
        Set<String> shared = new HashSet<>(first);
        shared.retainAll(second);
        shared.retainAll(third);
        assertThat(shared).contains("c=<де", "c=дер", "bias");
    }

    @Test
    void aTypoKeepsMostCharacterGrams() {
        Set<String> right = features("подкидывает");
        Set<String> typo = features("подкидывет");
        Set<String> shared = new HashSet<>(right);
        shared.retainAll(typo);
        assertThat(shared.size()).isGreaterThan(right.size() / 2);
    }

    @Test
    void pairsOfNeighbouringStemsBecomeBigrams() {
        assertThat(features("нога дергается")).contains("b=ног_дерга");
    }

    @Test
    void numbersShareOneTermAndHaveNoCharacterGrams() {
        Set<String> features = features("в 22 30");
        assertThat(features).contains("s=#", "b=#_#", "b=в_#");
        assertThat(features).noneMatch(f -> f.startsWith("c=") && f.matches(".*\\d.*"));
    }

    @Test
    void precomputedTermsAreUsedWhenTheCallerHandsThemIn() {
        String[] tokens = analyzer.tokens("нога дергается");
        String[] terms = {"x", "y"};
        assertThat(new StemFeatures().extractFeatures(tokens, Map.of(Terms.KEY, terms))).containsExactly("s=x", "s=y");
    }
}
