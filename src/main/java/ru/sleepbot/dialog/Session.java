package ru.sleepbot.dialog;

import java.io.Serializable;
import java.util.Optional;
import ru.sleepbot.content.Aspect;

/**
 * Per-chat conversation state: the topic and aspect last talked about, the open flow, a flow
 * kept aside (a routine paused by a question), misses in a row, the alarm just answered and what
 * triage keeps in mind from earlier messages. Plain serialisable values only,
 * so a {@link SessionStore} may keep it anywhere. Guarded by the engine's {@link ChatLock}, so it
 * needs no synchronization of its own.
 */
public final class Session implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long chatId;
    private String topicId;
    private Aspect aspect;
    private FlowState flow;
    private FlowState parked;
    private int misses;
    private Alarm alarm;
    /** Concepts of the conversation's earlier messages that triage keeps in mind (whom it is about...). */
    private java.util.LinkedHashSet<String> context = new java.util.LinkedHashSet<>();
    private String lastAnswer;
    /** The topic the conversation is about, kept while side topics (its causes, fears) are answered. */
    private String subject;
    /** The subject before the current one, for a question only it can answer. */
    private String formerSubject;
    /** Commands and messages past the guard in this conversation so far, this one included. */
    private int messages;
    /** The person spoke of themselves after a child was named ("а у меня каждую ночь"): the talk is theirs again. */
    private boolean aboutThemselves;
    /** What the bot's last reply offered to choose from (routine ids), for "давай второй". */
    private java.util.ArrayList<String> offered = new java.util.ArrayList<>();

    public Session(long chatId) {
        this.chatId = chatId;
    }

    public long chatId() {
        return chatId;
    }

    public Optional<String> topicId() {
        return Optional.ofNullable(topicId);
    }

    public Optional<Aspect> aspect() {
        return Optional.ofNullable(aspect);
    }

    /** Remembers what the user was just told about, for follow-up questions. */
    public void talkedAbout(String topic, Aspect shownAspect) {
        this.topicId = topic;
        this.aspect = shownAspect;
    }

    /** The topic the conversation is about: the last topic talked about that was not a side topic. */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public Optional<String> formerSubject() {
        return Optional.ofNullable(formerSubject);
    }

    /** A new subject; the one it replaces is kept as the former subject. */
    public void subject(String topic) {
        if (!topic.equals(subject)) {
            this.formerSubject = subject;
            this.subject = topic;
        }
    }

    /** What exactly the last answer said (a feature's own key), so the same one is not sent twice. */
    public Optional<String> lastAnswer() {
        return Optional.ofNullable(lastAnswer);
    }

    public void answered(String key) {
        this.lastAnswer = key;
    }

    public Optional<FlowState> flow() {
        return Optional.ofNullable(flow);
    }

    public <T extends FlowState> Optional<T> flow(Class<T> type) {
        return type.isInstance(flow) ? Optional.of(type.cast(flow)) : Optional.empty();
    }

    public void open(FlowState state) {
        this.flow = state;
    }

    public void close() {
        this.flow = null;
    }

    /** Counts a command or a message that no alarm answered (the engine does, once per message). */
    public void heard() {
        messages++;
    }

    /** True when the message being answered is not the first one of the conversation. */
    public boolean going() {
        return messages > 1;
    }

    public int misses() {
        return misses;
    }

    public int countMiss() {
        return ++misses;
    }

    public void resetMisses() {
        misses = 0;
    }

    /** Keeps a flow aside (a routine paused by a question) until the user goes back to it. */
    public void park(FlowState state) {
        this.parked = state;
    }

    public <T extends FlowState> Optional<T> parked(Class<T> type) {
        return type.isInstance(parked) ? Optional.of(type.cast(parked)) : Optional.empty();
    }

    /** True while some flow is kept aside, so /cancel has something to stop. */
    public boolean hasParked() {
        return parked != null;
    }

    public void unpark() {
        parked = null;
    }

    /** The alarm the bot last answered, if any (its mode decides whether it still counts). */
    public Optional<Alarm> alarm() {
        return Optional.ofNullable(alarm);
    }

    public void alarm(Alarm current) {
        this.alarm = java.util.Objects.requireNonNull(current, "alarm");
    }

    public void leaveAlarm() {
        this.alarm = null;
    }

    /** What triage keeps in mind from the conversation's earlier messages. */
    public java.util.Set<String> context() {
        return java.util.Collections.unmodifiableSet(context);
    }

    /** Keeps these in mind too; the oldest are forgotten beyond {@code limit}. */
    public void remember(java.util.Collection<String> concepts, int limit) {
        for (String concept : concepts) {
            context.remove(concept);
            context.add(concept);
        }
        while (context.size() > limit) {
            context.remove(context.iterator().next());
        }
    }

    /** What the last reply offered to choose from, in its order; empty when it offered nothing. */
    public java.util.List<String> offered() {
        return offered == null ? java.util.List.of() : java.util.List.copyOf(offered);
    }

    public void offer(java.util.List<String> options) {
        this.offered = new java.util.ArrayList<>(options);
    }

    public boolean aboutThemselves() {
        return aboutThemselves;
    }

    public void aboutThemselves(boolean value) {
        this.aboutThemselves = value;
    }

    /** Forgets everything (the /forget command). */
    public void clear() {
        topicId = null;
        aspect = null;
        flow = null;
        parked = null;
        misses = 0;
        alarm = null;
        context = new java.util.LinkedHashSet<>();
        lastAnswer = null;
        subject = null;
        formerSubject = null;
        messages = 0;
        offered = new java.util.ArrayList<>();
        aboutThemselves = false;
    }
}
