package ru.sleepbot.dialog.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.content.Topic;
import ru.sleepbot.nlu.Utterance;

/**
 * Words with two common meanings in the bot's subjects: "судороги" are a cramp in a leg or a
 * seizure; "ноги не дают уснуть" is restless legs or cramps. A short message whose subject is such a
 * word alone is asked back ("X or Y?") rather than answered with the classifier's guess; a word
 * that settles it ("икры", "сводит", "приступ") means no question. The words are content
 * (intents/lexicon/ambiguous.yaml): per entry, {@code word}, the two {@code topics} it may mean, and
 * the words that {@code settle} it, all beginnings of Snowball stems.
 */
final class AmbiguousWords {

    /** A longer message tells enough for the classifier to decide. */
    static final int MAX_WORDS = 10;
    private static final String PREFIX = "ambiguous.";

    private record Entry(Set<String> word, List<Topic> topics, Set<String> settle) {
    }

    private final List<Entry> entries = new ArrayList<>();

    AmbiguousWords(KnowledgeBase knowledge) {
        Lexicon lexicon = knowledge.lexicon();
        for (String name : TopicPairs.names(lexicon, PREFIX)) {
            List<Topic> topics = TopicPairs.of(knowledge, PREFIX, name);
            entries.add(new Entry(lexicon.words(PREFIX + name + ".word"), topics,
                    lexicon.words(PREFIX + name + ".settle")));
        }
    }

    /**
     * The two topics to ask between, the classifier's pick first, when the message names an
     * ambiguous word, nothing that settles it, and the classifier picked one of its meanings.
     */
    Optional<List<Topic>> askBetween(Utterance said, Topic best) {
        if (said.size() > MAX_WORDS) {
            return Optional.empty();
        }
        for (Entry entry : entries) {
            int picked = entry.topics().stream().map(Topic::taxonomyId).toList().indexOf(best.taxonomyId());
            if (picked >= 0 && names(said, entry.word()) && !names(said, entry.settle())) {
                return Optional.of(List.of(entry.topics().get(picked), entry.topics().get(1 - picked)));
            }
        }
        return Optional.empty();
    }

    private static boolean names(Utterance said, Set<String> prefixes) {
        return said.stems().stream().anyMatch(stem -> prefixes.stream().anyMatch(stem::startsWith));
    }
}
