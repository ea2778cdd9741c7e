package ru.sleepbot.dialog.answer;

import java.util.Set;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.content.Topic;
import ru.sleepbot.content.TopicFlag;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Utterance;

/**
 * Notices when a user describes their own (or their child's) symptoms rather than asking in
 * general, so that the answer can offer the symptom check. First person is the signal:
 * "у меня", "мой сын", "дёргаюсь".
 */
final class OwnSymptoms {

    /** The words are content (intents/lexicon/own_symptoms.yaml). */
    private final Set<String> firstPerson;
    private final Set<String> firstPersonEndings;

    OwnSymptoms(RussianAnalyzer analyzer, Lexicon lexicon) {
        this.firstPerson = lexicon.words("own_symptoms.first_person", analyzer::normalize);
        this.firstPersonEndings = lexicon.words("own_symptoms.first_person_ending", analyzer::normalize);
    }

    /** True when the topic is about symptoms (content flag) and the user speaks of their own. */
    boolean in(Utterance said, Topic topic) {
        if (!topic.is(TopicFlag.SYMPTOM)) {
            return false;
        }
        for (String token : said.tokens()) {
            // Verbs in the first person: "дергаюсь", "просыпаюсь", "вздрагиваю".
            if (firstPerson.contains(token) || firstPersonEndings.stream().anyMatch(token::endsWith)) {
                return true;
            }
        }
        return false;
    }
}
