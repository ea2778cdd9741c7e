package ru.sleepbot.dialog;

import java.util.Set;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.content.Topic;
import ru.sleepbot.nlu.RussianAnalyzer;

/**
 * Notices when a user describes their own (or their child's) symptoms rather than asking in
 * general, so that the answer can offer the symptom check. First person is the signal:
 * "у меня", "мой сын", "дёргаюсь".
 */
final class OwnSymptoms {

    /** Topics about symptoms a check can sort out; not history, phases or tips. */
    static final Set<String> SYMPTOM_TOPICS = Set.of("hypnic_jerk", "falling_sensation", "child_sleep",
            "stress_fatigue", "myoclonus", "restless_legs", "epilepsy", "night_cramps", "breathing_apnea",
            "circulation");

    private final RussianAnalyzer analyzer;
    /** The words are content (intents/lexicon/own_symptoms.yaml). */
    private final Set<String> firstPerson;
    private final Set<String> firstPersonEndings;

    OwnSymptoms(RussianAnalyzer analyzer, Lexicon lexicon) {
        this.analyzer = analyzer;
        this.firstPerson = lexicon.words("own_symptoms.first_person", analyzer::normalize);
        this.firstPersonEndings = lexicon.words("own_symptoms.first_person_ending", analyzer::normalize);
    }

    boolean in(String text, Topic topic) {
        if (!SYMPTOM_TOPICS.contains(topic.taxonomyId())) {
            return false;
        }
        for (String token : analyzer.tokens(text)) {
            // Verbs in the first person: "дергаюсь", "просыпаюсь", "вздрагиваю".
            if (firstPerson.contains(token) || firstPersonEndings.stream().anyMatch(token::endsWith)) {
                return true;
            }
        }
        return false;
    }
}
