package ru.sleepbot.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link MissLog} in a map, for tests of the parts above the store. */
public final class InMemoryMissLog implements MissLog {

    private final Map<String, MissCount> counts = new ConcurrentHashMap<>();
    private final Map<Long, List<String>> texts = new ConcurrentHashMap<>();

    @Override
    public void record(String hash, long userId, String text) {
        if (text != null) {
            texts.computeIfAbsent(userId, id -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(text);
        }
        counts.merge(hash, new MissCount(hash, text, 1),
                (old, add) -> new MissCount(hash, old.text() != null ? old.text() : add.text(), old.count() + 1));
    }

    @Override
    public List<String> textsOf(long userId) {
        return List.copyOf(texts.getOrDefault(userId, List.of()));
    }

    /** What /forget does to this person's texts in the database. */
    public void forget(long userId) {
        texts.remove(userId);
    }

    @Override
    public List<MissCount> top(int limit) {
        return counts.values().stream()
                .sorted(Comparator.comparingLong(MissCount::count).reversed().thenComparing(MissCount::hash))
                .limit(limit).toList();
    }
}
