package ru.sleepbot.dialog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import ru.sleepbot.content.Aspect;

/**
 * Per-chat conversation state, kept in memory only (a Caffeine cache) and lost on idle expiry:
 * the topic and aspect last talked about, the open flow, misses in a row. Guarded by the engine's
 * per-chat lock, so it needs no synchronization of its own.
 */
final class Session {

    private final long chatId;
    private String topicId;
    private Aspect aspect;
    private FlowState flow;
    private int misses;
    /** Allocated on first use: most sessions never park anything, and 100 000 idle ones must stay small. */
    private Map<Class<?>, Object> parked;

    Session(long chatId) {
        this.chatId = chatId;
    }

    long chatId() {
        return chatId;
    }

    Optional<String> topicId() {
        return Optional.ofNullable(topicId);
    }

    Optional<Aspect> aspect() {
        return Optional.ofNullable(aspect);
    }

    /** Remembers what the user was just told about, for follow-up questions. */
    void talkedAbout(String topic, Aspect shownAspect) {
        this.topicId = topic;
        this.aspect = shownAspect;
    }

    Optional<FlowState> flow() {
        return Optional.ofNullable(flow);
    }

    <T extends FlowState> Optional<T> flow(Class<T> type) {
        return type.isInstance(flow) ? Optional.of(type.cast(flow)) : Optional.empty();
    }

    void open(FlowState state) {
        this.flow = state;
    }

    void close() {
        this.flow = null;
    }

    int misses() {
        return misses;
    }

    int countMiss() {
        return ++misses;
    }

    void resetMisses() {
        misses = 0;
    }

    /** Keeps a flow's state aside (a routine paused by a question) until the user goes back to it. */
    <T> void park(Class<T> type, T value) {
        if (parked == null) {
            parked = new HashMap<>(4);
        }
        parked.put(type, value);
    }

    <T> Optional<T> parked(Class<T> type) {
        return parked == null ? Optional.empty() : Optional.ofNullable(parked.get(type)).map(type::cast);
    }

    /** True while some flow is kept aside (a paused routine), so /cancel has something to stop. */
    boolean hasParked() {
        return parked != null && !parked.isEmpty();
    }

    void unpark(Class<?> type) {
        if (parked != null) {
            parked.remove(type);
        }
    }

    /** Forgets everything (the /forget command). */
    void clear() {
        topicId = null;
        aspect = null;
        flow = null;
        misses = 0;
        parked = null;
    }
}
