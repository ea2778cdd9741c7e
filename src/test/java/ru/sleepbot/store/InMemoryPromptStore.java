package ru.sleepbot.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ru.sleepbot.store.prompt.PromptKind;
import ru.sleepbot.store.prompt.PromptStore;
import ru.sleepbot.store.prompt.PromptTimes;
import ru.sleepbot.store.prompt.ScheduledPrompt;

/** A {@link PromptStore} in a map with the same claim rule as the database's, for tests above the store. */
public final class InMemoryPromptStore implements PromptStore {

    private record Key(long chatId, PromptKind kind) {
    }

    private final Map<Key, ScheduledPrompt> rows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final PromptTimes times;

    public InMemoryPromptStore(Clock clock, PromptTimes times) {
        this.clock = clock;
        this.times = times;
    }

    @Override
    public synchronized ScheduledPrompt schedule(long chatId, PromptKind kind, ZoneId zone, LocalTime at, boolean active) {
        LocalDate last = find(chatId, kind).map(ScheduledPrompt::lastPromptDate).orElse(null);
        ScheduledPrompt wanted = new ScheduledPrompt(chatId, kind, zone, at, active, last, null);
        ScheduledPrompt stored = new ScheduledPrompt(chatId, kind, zone, at, active, last,
                active ? times.next(wanted, clock.instant()) : null);
        rows.put(new Key(chatId, kind), stored);
        return stored;
    }

    @Override
    public Optional<ScheduledPrompt> find(long chatId, PromptKind kind) {
        return Optional.ofNullable(rows.get(new Key(chatId, kind)));
    }

    @Override
    public synchronized void rezone(long chatId, ZoneId zone) {
        for (PromptKind kind : PromptKind.values()) {
            find(chatId, kind).filter(p -> !p.zone().equals(zone)).ifPresent(p -> schedule(chatId, kind, zone, p.at(), p.active()));
        }
    }

    @Override
    public List<ScheduledPrompt> due(Instant now, int limit) {
        return rows.values().stream().filter(p -> p.active() && p.nextDueAt() != null && !p.nextDueAt().isAfter(now))
                .sorted(Comparator.comparing(ScheduledPrompt::nextDueAt)).limit(limit).toList();
    }

    @Override
    public synchronized boolean claim(long chatId, PromptKind kind, Instant expectedDue, LocalDate localDate, Instant nextDue) {
        ScheduledPrompt p = rows.get(new Key(chatId, kind));
        if (p == null || !p.active() || !expectedDue.equals(p.nextDueAt())
                || p.lastPromptDate() != null && !p.lastPromptDate().isBefore(localDate)) {
            return false;
        }
        rows.put(new Key(chatId, kind), new ScheduledPrompt(chatId, kind, p.zone(), p.at(), true, localDate, nextDue));
        return true;
    }

    @Override
    public synchronized void stopAll(long chatId) {
        rows.replaceAll((k, p) -> k.chatId() == chatId
                ? new ScheduledPrompt(chatId, p.kind(), p.zone(), p.at(), false, p.lastPromptDate(), null) : p);
    }

    /** What /forget does to these rows in the database, where every table naming the person is emptied of them. */
    public synchronized boolean forget(long chatId) {
        return rows.keySet().removeIf(k -> k.chatId() == chatId);
    }
}
