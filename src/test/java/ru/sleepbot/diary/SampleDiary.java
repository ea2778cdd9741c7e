package ru.sleepbot.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import ru.sleepbot.store.diary.CheckRecord;
import ru.sleepbot.store.diary.DiaryEntry;
import ru.sleepbot.store.diary.RoutineDone;
import ru.sleepbot.store.diary.SignNoted;

/**
 * A made-up diary for rendering tests, the benchmark and the README's picture: coffee evenings
 * bring jerks, routine evenings fewer, one skipped morning; the same for a given seed.
 */
public final class SampleDiary {

    private SampleDiary() {
    }

    private static java.util.Map<String, String> ordered(String... pairs) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    public static DiaryPeriod period(LocalDate to, int days, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Night> nights = new ArrayList<>();
        List<RoutineDone> routines = new ArrayList<>();
        LocalDate from = to.minusDays(days - 1L);
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.equals(to.minusDays(2))) {
                nights.add(new Night(d, null, null)); // a skipped morning stays empty
                continue;
            }
            Set<String> factors = new java.util.TreeSet<>();
            boolean coffee = random.nextInt(3) == 0;
            if (coffee) {
                factors.add("coffee");
            }
            if (random.nextInt(4) == 0) {
                factors.add("stress");
            }
            if (random.nextInt(6) == 0) {
                factors.add("screens");
            }
            boolean routine = random.nextInt(2) == 0;
            RoutineDone done = routine ? new RoutineDone(d.minusDays(1), "body_scan", 3 + random.nextInt(3)) : null;
            if (done != null) {
                routines.add(done);
            }
            Jerks jerks = coffee ? (random.nextBoolean() ? Jerks.MANY : Jerks.WOKE)
                    : routine ? Jerks.NONE : (random.nextBoolean() ? Jerks.FEW : Jerks.NONE);
            int quality = Math.max(1, Math.min(5, 5 - jerks.level() + (random.nextBoolean() ? 0 : -1)));
            nights.add(new Night(d, new DiaryEntry(d, quality, jerks.key(), factors, null), done));
        }
        List<SignNoted> signs = List.of(new SignNoted(to.minusDays(4), "unwitnessed_seizure"));
        CheckRecord check = new CheckRecord(to.minusDays(3), "sleep_starts",
                ordered("who", "adult", "when", "asleep", "pain", "no"));
        return new DiaryPeriod(from, to, nights, signs, routines, Optional.of(check));
    }
}
