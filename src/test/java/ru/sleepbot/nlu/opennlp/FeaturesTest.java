package ru.sleepbot.nlu.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Said;
import ru.sleepbot.nlu.TextNormalizer;

class FeaturesTest {

    private static final Cues CUES = new Cues(Map.of(
            "concepts.breathing", List.of("храп*", "остановк* дыхани*"),
            "sentences.courtesy", List.of("здравствуйте", "спасибо", "заранее"),
            "sentences.question", List.of("подскажите")));

    private final MessageFeatures reader = new MessageFeatures(CUES, new RussianAnalyzer(new TextNormalizer()),
            EnumSet.allOf(Reading.class));

    private Set<String> features(String text) {
        return weights(text).keySet();
    }

    /** Each feature with its summed value. */
    private Map<String, Float> weights(String text) {
        FeatureSink.Named sink = reader.of(Said.of(text));
        Map<String, Float> all = new HashMap<>();
        String[] names = sink.names();
        float[] values = sink.values();
        for (int i = 0; i < names.length; i++) {
            all.merge(names[i], values[i], Float::sum);
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
    void pairsOfNeighbouringStemsBecomeBigramsButNotAcrossSentences() {
        assertThat(features("нога дергается")).contains("b=ног_дерга");
        assertThat(features("нога. дергается")).doesNotContain("b=ног_дерга");
    }

    @Test
    void numbersShareOneTermAndHaveNoCharacterGrams() {
        Set<String> features = features("в 22 30");
        assertThat(features).contains("s=#", "b=#_#", "b=в_#");
        assertThat(features).noneMatch(f -> f.startsWith("c=") && f.matches(".*\\d.*"));
    }

    @Test
    void aConceptWordAddsItsConceptWhateverItsForm() {
        assertThat(features("муж храпит по ночам")).contains("k=breathing");
        assertThat(features("я храплю")).contains("k=breathing");
        assertThat(features("у него остановки дыхания во сне")).contains("k=breathing");
        assertThat(features("дыхание ровное")).doesNotContain("k=breathing");
    }

    @Test
    void aOneSentenceMessageCountsInFull() {
        assertThat(weights("Здравствуйте!")).containsEntry("s=здравств", 1f);
        assertThat(weights("почему дергается нога")).containsEntry("s=ног", 1f);
    }

    @Test
    void theQuestionOfAPostOutweighsItsGreetingAndStory() {
        Map<String, Float> w = weights("Здравствуйте! Мне 40 лет, работаю на заводе. Почему муж храпит?");
        assertThat(w.get("s=здравств")).isEqualTo(SentenceWeights.COURTESY);
        assertThat(w.get("s=завод")).isEqualTo(SentenceWeights.BACKGROUND);
        assertThat(w.get("s=храп")).isEqualTo(1f);
        assertThat(w.get("bias")).isEqualTo(1f);
    }

    @Test
    void aQuestionWordMakesAQuestionWithoutAQuestionMark() {
        Map<String, Float> w = weights("Работаю на заводе. Подскажите что делать с ногами.");
        assertThat(w.get("s=завод")).isEqualTo(SentenceWeights.BACKGROUND);
        assertThat(w.get("s=ног")).isEqualTo(1f);
    }

    @Test
    void withoutAQuestionASymptomSentenceCountsMost() {
        Map<String, Float> w = weights("Работаю на заводе. Муж сильно храпит.");
        assertThat(w.get("s=храп")).isEqualTo(1f);
        assertThat(w.get("s=завод")).isEqualTo(SentenceWeights.BACKGROUND / SentenceWeights.SYMPTOM);
    }

    @Test
    void withoutTheirPartsOfTheReadingSentencesCountEvenlyAndConceptsAreNotSeen() {
        MessageFeatures plain = new MessageFeatures(CUES, new RussianAnalyzer(new TextNormalizer()), EnumSet.noneOf(Reading.class));
        FeatureSink.Named sink = plain.of(Said.of("Здравствуйте! Работаю на заводе. Почему муж храпит?"));
        assertThat(sink.values()).containsOnly(1f);
        assertThat(sink.names()).doesNotContain("k=breathing").contains("s=храп");
    }
}
