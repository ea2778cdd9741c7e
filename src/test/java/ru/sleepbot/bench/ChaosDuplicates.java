package ru.sleepbot.bench;

import java.io.PrintStream;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The chaos bench's account of doubled messages: how many, and why each one went twice. */
final class ChaosDuplicates {

    /** Milliseconds a bot is given to read Telegram's answer and note it before a kill -9 counts as too soon. */
    static final int GRACE = 100;

    private final ChaosLedger ledger;
    private final List<Long> kills;
    private final List<Long> starts;
    private final Map<Long, Integer> droppedAnswers;
    private final long began;

    /**
     * @param kills          when each kill -9 was sent (nanoTime)
     * @param starts         when each bot process was started (nanoTime)
     * @param droppedAnswers per chat, how many answers the API dropped on purpose
     * @param began          the bench's start (nanoTime), for the times it prints
     */
    ChaosDuplicates(ChaosLedger ledger, List<Long> kills, List<Long> starts, Map<Long, Integer> droppedAnswers,
                    long began) {
        this.ledger = ledger;
        this.kills = List.copyOf(kills);
        this.starts = List.copyOf(starts);
        this.droppedAnswers = droppedAnswers;
        this.began = began;
    }

    /**
     * The closing line: lost and doubled messages, each duplicate put in one class by what became
     * of the HTTP answer to its first copy. "Dropped by the API": the fake Telegram accepted it and
     * closed the connection without an answer. "Lost with the process": a kill -9 came less than
     * {@link #GRACE} ms after the answer was written (the bot had no time to read and note it), or
     * the answer could not be written at all within 1 s before a kill (the bot was gone). "Not
     * written, no kill near": the bot hung up before the answer came (its own timeout). "After the
     * bot had Telegram's ok": the answer was written earlier, so the bot knew the message was sent
     * and still sent it again; only these are the bot's fault, and they must be zero.
     */
    void report(PrintStream out) {
        List<ChaosLedger.Duplicate> dupes = ledger.duplicateMessages();
        int doubled = extra(dupes);
        int beyondExpected = ledger.duplicates().values().stream().mapToInt(Integer::intValue).sum();
        List<ChaosLedger.Duplicate> dropped = dupes.stream().filter(d -> d.answer() != null && d.answer().dropped()).toList();
        List<ChaosLedger.Duplicate> withProcess = dupes.stream().filter(d -> !dropped.contains(d))
                .filter(d -> d.answer() == null ? killAfter(d.first().arrivedNanos()) < 1_000_000_000L
                        : killAfter(d.answer().nanos()) < GRACE * 1_000_000L).toList();
        List<ChaosLedger.Duplicate> hungUp = dupes.stream().filter(d -> d.answer() == null && !withProcess.contains(d))
                .toList();
        List<ChaosLedger.Duplicate> known = dupes.stream().filter(d -> d.answer() != null && !d.answer().dropped()
                && !withProcess.contains(d)).toList();
        long knownNearKill = known.stream().filter(d -> killAfter(d.answer().nanos()) < 2_000_000_000L).count();
        out.printf(Locale.ROOT, "TOTAL: %d replies and prompts expected, %d lost, %d doubled (%.2f %%; %d beyond what"
                + " chats expected) in %d messages: %d dropped by the API (%d answers dropped in all); %d lost with the"
                + " process (a kill -9 < %d ms after the answer, or no answer could be written before one); %d not"
                + " written with no kill near (the bot hung up); %d after the bot had Telegram's ok (%d of them within"
                + " 2 s before a kill -9)%n", ledger.expectedTotal(), ledger.missing(), doubled,
                100.0 * doubled / Math.max(1, ledger.expectedTotal()), beyondExpected, dupes.size(), extra(dropped),
                droppedAnswers.values().stream().mapToInt(Integer::intValue).sum(), extra(withProcess), GRACE,
                extra(hungUp), extra(known), knownNearKill);
        out.printf(Locale.ROOT, "  lost with the process: ms from the answer to the kill (none: no answer written): %s%n",
                withProcess.stream().map(d -> d.answer() == null ? "none" : String.format(Locale.ROOT, "%.0f",
                        killAfter(d.answer().nanos()) / 1e6)).toList());
        // The share above depends on the load: the 50 kill cycles take longer on a busy machine, the
        // feeder asks more questions meanwhile, and the kills (what doubles messages) stay 50.
        out.printf(Locale.ROOT, "  per kill -9: %.2f doubled with the process (%d kills); per dropped answer: %.2f%n",
                (double) extra(withProcess) / Math.max(1, kills.size()), kills.size(),
                (double) extra(dropped) / Math.max(1, droppedAnswers.values().stream().mapToInt(Integer::intValue).sum()));
        IntSummaryStatistics inFlight = inFlightAtKills();
        out.printf(Locale.ROOT, "  in flight at the kills (accepted, no answer written %d ms before): %d in all over %d"
                + " kills, at most %d at one%n", GRACE, inFlight.getSum(), inFlight.getCount(), inFlight.getMax());
        known.stream().limit(10).forEach(d -> out.printf(Locale.ROOT, "  doubled after the ok: chat %d, answered at %.1f s"
                + " (%.1f s after a bot process started, %.1f s before a kill -9), copies at %s s%n", d.chatId(),
                (d.answer().nanos() - began) / 1e9, sinceStart(d.answer().nanos()) / 1e9,
                killAfter(d.answer().nanos()) / 1e9, ledger.arrivals(d.chatId()).stream()
                .map(n -> String.format(Locale.ROOT, "%.1f", (n - began) / 1e9)).toList()));
    }

    private static int extra(List<ChaosLedger.Duplicate> dupes) {
        return dupes.stream().mapToInt(ChaosLedger.Duplicate::extra).sum();
    }

    /** Nanoseconds from {@code nanos} to the first kill -9 after it (0 for one up to GRACE before it), or Long.MAX_VALUE. */
    private long killAfter(long nanos) {
        return kills.stream().filter(k -> k > nanos - GRACE * 1_000_000L).mapToLong(k -> Math.max(0, k - nanos))
                .min().orElse(Long.MAX_VALUE);
    }

    /** Nanoseconds since the last bot process was started before {@code nanos}. */
    private long sinceStart(long nanos) {
        return starts.stream().filter(t -> t <= nanos).mapToLong(t -> nanos - t).min().orElse(Long.MAX_VALUE);
    }

    private IntSummaryStatistics inFlightAtKills() {
        IntSummaryStatistics stats = new IntSummaryStatistics();
        long since = began;
        for (long k : kills) {
            stats.accept(ledger.inFlightAt(since, k, GRACE * 1_000_000L));
            since = k;
        }
        return stats;
    }
}
