package ru.sleepbot.dialog;

import java.util.Set;
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

    private static final Set<String> FIRST_PERSON = Set.of("я", "меня", "мне", "мной", "мой", "моя", "мое", "мои",
            "моего", "моей", "моему", "моих", "наш", "наша", "наши", "нашего", "нашей", "нас");

    private final RussianAnalyzer analyzer;

    OwnSymptoms(RussianAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    boolean in(String text, Topic topic) {
        if (!SYMPTOM_TOPICS.contains(topic.taxonomyId())) {
            return false;
        }
        for (String token : analyzer.tokens(text)) {
            // Reflexive verbs in the first person: "дергаюсь", "просыпаюсь", "вздрагиваю".
            if (FIRST_PERSON.contains(token) || token.endsWith("юсь") || token.endsWith("аю")) {
                return true;
            }
        }
        return false;
    }
}
