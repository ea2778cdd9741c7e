package ru.sleepbot.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import ru.sleepbot.store.diary.CheckRecord;
import ru.sleepbot.store.diary.DiaryEntry;
import ru.sleepbot.store.diary.DiarySettings;
import ru.sleepbot.store.diary.DiaryStore;
import ru.sleepbot.store.diary.RoutineDone;
import ru.sleepbot.store.diary.SignNoted;

/** A {@link DiaryStore} in maps, for tests of the parts above the store. */
public final class InMemoryDiaryStore implements DiaryStore {

    private final Map<Long, DiarySettings> settings = new ConcurrentHashMap<>();
    private final Map<Long, TreeMap<LocalDate, DiaryEntry>> entries = new ConcurrentHashMap<>();
    private final Map<Long, TreeMap<LocalDate, RoutineDone>> routines = new ConcurrentHashMap<>();
    private final Map<Long, List<SignNoted>> signs = new ConcurrentHashMap<>();
    private final Map<Long, CheckRecord> checks = new ConcurrentHashMap<>();

    @Override
    public Optional<DiarySettings> settings(long chatId) {
        return Optional.ofNullable(settings.get(chatId));
    }

    @Override
    public void saveSettings(DiarySettings s) {
        settings.put(s.chatId(), s);
    }

    @Override
    public Optional<DiaryEntry> entry(long chatId, LocalDate night) {
        return Optional.ofNullable(entries.getOrDefault(chatId, new TreeMap<>()).get(night));
    }

    @Override
    public synchronized void saveEntry(long chatId, DiaryEntry entry) {
        TreeMap<LocalDate, DiaryEntry> nights = entries.computeIfAbsent(chatId, id -> new TreeMap<>());
        if (entry.isEmpty()) {
            nights.remove(entry.night());
        } else {
            nights.put(entry.night(), entry);
        }
    }

    @Override
    public synchronized List<DiaryEntry> entries(long chatId, LocalDate from, LocalDate to) {
        return new ArrayList<>(entries.getOrDefault(chatId, new TreeMap<>()).subMap(from, true, to, true).values());
    }

    @Override
    public int countEntries(long chatId) {
        return entries.getOrDefault(chatId, new TreeMap<>()).size();
    }

    @Override
    public synchronized void recordRoutine(long chatId, RoutineDone routine) {
        TreeMap<LocalDate, RoutineDone> done = routines.computeIfAbsent(chatId, id -> new TreeMap<>());
        RoutineDone old = done.get(routine.evening());
        Integer feeling = routine.feeling() != null ? routine.feeling()
                : old != null && old.routineId().equals(routine.routineId()) ? old.feeling() : null;
        done.put(routine.evening(), new RoutineDone(routine.evening(), routine.routineId(), feeling));
    }

    @Override
    public synchronized List<RoutineDone> routines(long chatId, LocalDate from, LocalDate to) {
        return new ArrayList<>(routines.getOrDefault(chatId, new TreeMap<>()).subMap(from, true, to, true).values());
    }

    @Override
    public synchronized void recordSign(long chatId, SignNoted sign) {
        List<SignNoted> noted = signs.computeIfAbsent(chatId, id -> new ArrayList<>());
        if (!noted.contains(sign)) {
            noted.add(sign);
        }
    }

    @Override
    public synchronized List<SignNoted> signs(long chatId, LocalDate from, LocalDate to) {
        return signs.getOrDefault(chatId, List.of()).stream()
                .filter(s -> !s.day().isBefore(from) && !s.day().isAfter(to)).toList();
    }

    @Override
    public void saveCheck(long chatId, CheckRecord check) {
        checks.put(chatId, check);
    }

    @Override
    public Optional<CheckRecord> lastCheck(long chatId) {
        return Optional.ofNullable(checks.get(chatId));
    }

    /** What /forget does to these rows in the database, where every table naming the person is emptied of them. */
    public synchronized boolean forget(long chatId) {
        boolean any = settings.remove(chatId) != null;
        any |= entries.remove(chatId) != null;
        any |= routines.remove(chatId) != null;
        any |= signs.remove(chatId) != null;
        any |= checks.remove(chatId) != null;
        return any;
    }
}
