package ru.sleepbot.dialog.answer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Topic;
import ru.sleepbot.nlu.RussianAnalyzer;

/**
 * The words people use about each topic: the Snowball stems of its title and of the ways people ask
 * about it (its examples, and those of its finer topics), but only those few topics share. A short question in a conversation about
 * night cramps that says "икра", "сводит" or "судорога" names no new subject: those are the
 * subject's own words, so the question is about the topic on screen.
 */
final class TopicWords {

    /** Stems this short say nothing of a subject ("в", "и", "он"). */
    static final int MIN_STEM = 3;
    /** A word people use about more topics than this belongs to none of them. */
    static final int MAX_TOPICS = 4;

    private final Map<String, Set<String>> byTopic;

    TopicWords(KnowledgeBase knowledge, RussianAnalyzer analyzer) {
        Map<String, Set<String>> stems = new HashMap<>();
        for (Topic topic : knowledge.topics()) {
            Set<String> own = new HashSet<>();
            add(own, analyzer, topic.title());
            topic.examples().forEach(example -> add(own, analyzer, example));
            stems.computeIfAbsent(topic.id(), id -> new HashSet<>()).addAll(own);
            if (!topic.id().equals(topic.taxonomyId())) {
                stems.computeIfAbsent(topic.taxonomyId(), id -> new HashSet<>()).addAll(own);
            }
        }
        // A word of many topics ("муж", "ночь", "спина") is no topic's own.
        Map<String, Integer> topicsWith = new HashMap<>();
        stems.values().forEach(set -> set.forEach(stem -> topicsWith.merge(stem, 1, Integer::sum)));
        Map<String, Set<String>> frozen = new HashMap<>();
        stems.forEach((id, set) -> frozen.put(id, set.stream().filter(stem -> topicsWith.get(stem) <= MAX_TOPICS)
                .collect(java.util.stream.Collectors.toUnmodifiableSet())));
        this.byTopic = Map.copyOf(frozen);
    }

    private static void add(Set<String> into, RussianAnalyzer analyzer, String text) {
        for (String stem : analyzer.stemsOf(text)) {
            if (stem.length() >= MIN_STEM) {
                into.add(stem);
            }
        }
    }

    /** True when {@code stem} is one of the words people use about {@code topic}. */
    boolean of(Topic topic, String stem) {
        return byTopic.getOrDefault(topic.id(), Set.of()).contains(stem);
    }
}
