package ru.sleepbot.dialog.answer;

import java.util.List;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.content.Topic;

/**
 * Lexicon entries that each name two topics ({@code PREFIX.NAME.topics}), as ambiguous words and
 * neighbour cues are written: the names of the entries, and an entry's two topics, checked at start.
 */
final class TopicPairs {

    private TopicPairs() {
    }

    /** The entry names under {@code prefix} ("ambiguous." → cramps, legs), sorted. */
    static List<String> names(Lexicon lexicon, String prefix) {
        return lexicon.keys().stream().filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length(), k.lastIndexOf('.'))).distinct().sorted().toList();
    }

    /** The two topics the entry's {@code topics} list names, in its order. */
    static List<Topic> of(KnowledgeBase knowledge, String prefix, String name) {
        String key = prefix + name + ".topics";
        List<Topic> topics = knowledge.lexicon().words(key).stream().map(id -> knowledge.topic(id)
                .orElseThrow(() -> new IllegalArgumentException(key + " names no topic: " + id))).toList();
        if (topics.size() != 2) {
            throw new IllegalArgumentException(key + " must name two topics");
        }
        return topics;
    }
}
