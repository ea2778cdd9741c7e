package ru.sleepbot.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.sleepbot.store.diary.DiaryEntry;
import ru.sleepbot.store.diary.DiaryStore;
import ru.sleepbot.store.diary.RoutineDone;

/** Reads a period of a user's diary, joining each night with the routine of the evening before. */
public final class DiaryReader {

    private final DiaryStore store;

    public DiaryReader(DiaryStore store) {
        this.store = store;
    }

    /** The {@code days} nights up to and including {@code to}. */
    public DiaryPeriod last(long chatId, LocalDate to, int days) {
        return between(chatId, to.minusDays(days - 1L), to);
    }

    public DiaryPeriod between(long chatId, LocalDate from, LocalDate to) {
        Map<LocalDate, DiaryEntry> entries = new HashMap<>();
        store.entries(chatId, from, to).forEach(e -> entries.put(e.night(), e));
        List<RoutineDone> routines = store.routines(chatId, from.minusDays(1), to);
        Map<LocalDate, RoutineDone> byEvening = new HashMap<>();
        routines.forEach(r -> byEvening.put(r.evening(), r));
        List<Night> nights = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            nights.add(new Night(d, entries.get(d), byEvening.get(d.minusDays(1))));
        }
        return new DiaryPeriod(from, to, nights, store.signs(chatId, from, to), routines, store.lastCheck(chatId));
    }
}
