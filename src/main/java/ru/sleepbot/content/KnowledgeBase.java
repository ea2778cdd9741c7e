package ru.sleepbot.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All content loaded from {@code intents/}, read-only and safe to share between threads. */
public final class KnowledgeBase {

    private final Map<String, Topic> topics;
    private final Map<String, Conversation> conversations;
    private final Map<String, Routine> routines;
    private final Messages messages;
    private final Map<String, JsonNode> safetyRules;
    private final Lexicon lexicon;
    private final List<City> cities;

    /** Without triage rules or a lexicon: fine for content checks; the dialog needs both filled. */
    public KnowledgeBase(List<Topic> topics, List<Conversation> conversations, List<Routine> routines,
                         Messages messages) {
        this(topics, conversations, routines, messages, Map.of(), Lexicon.empty());
    }

    public KnowledgeBase(List<Topic> topics, List<Conversation> conversations, List<Routine> routines,
                         Messages messages, Map<String, JsonNode> safetyRules, Lexicon lexicon) {
        this(topics, conversations, routines, messages, safetyRules, lexicon, List.of());
    }

    public KnowledgeBase(List<Topic> topics, List<Conversation> conversations, List<Routine> routines,
                         Messages messages, Map<String, JsonNode> safetyRules, Lexicon lexicon, List<City> cities) {
        this.topics = index(topics.stream()
                .sorted(Comparator.comparingInt(Topic::order).thenComparing(Topic::id)).toList(), Topic::id);
        this.conversations = index(conversations, Conversation::id);
        this.routines = index(routines.stream()
                .sorted(Comparator.comparingInt(Routine::order).thenComparing(Routine::id)).toList(), Routine::id);
        this.messages = messages;
        this.safetyRules = Map.copyOf(safetyRules);
        this.lexicon = java.util.Objects.requireNonNull(lexicon, "lexicon");
        this.cities = List.copyOf(cities);
    }

    /** Places and their time zones (intents/places/cities.yaml), in file order. */
    public List<City> cities() {
        return cities;
    }

    /** The words the dialog recognises (intents/lexicon/). */
    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * The triage rules of {@code intents/safety/}, one YAML document per file name (without
     * {@code .yaml}); the {@code safety} package owns their meaning and reads them.
     */
    public Map<String, JsonNode> safetyRules() {
        return safetyRules;
    }

    /** Topics in display order. */
    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(topics.get(id));
    }

    public List<Conversation> conversations() {
        return List.copyOf(conversations.values());
    }

    public Optional<Conversation> conversation(String id) {
        return Optional.ofNullable(conversations.get(id));
    }

    /** Routines in display order. */
    public List<Routine> routines() {
        return List.copyOf(routines.values());
    }

    public Optional<Routine> routine(String id) {
        return Optional.ofNullable(routines.get(id));
    }

    public Messages messages() {
        return messages;
    }

    /** Every training phrase of every topic and conversation intent. */
    public List<IntentExample> examples() {
        List<IntentExample> all = new ArrayList<>();
        topics.values().forEach(t -> t.examples().forEach(e -> all.add(new IntentExample(t.id(), t.taxonomyId(), e))));
        conversations.values().forEach(c -> c.examples().forEach(e -> all.add(new IntentExample(c.id(), c.taxonomyId(), e))));
        return List.copyOf(all);
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.put(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate id in content: " + id.apply(item));
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
