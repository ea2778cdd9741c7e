package ru.sleepbot.app;

import java.io.PrintStream;
import java.util.List;
import ru.sleepbot.store.MissCount;
import ru.sleepbot.store.MissLog;

/**
 * The editors' view of questions the bot did not understand: most frequent first, with the
 * normalized text where a user agreed to keep it, otherwise only the hash.
 */
final class MissReport {

    private final MissLog misses;

    MissReport(MissLog misses) {
        this.misses = misses;
    }

    void print(int limit, PrintStream out) {
        List<MissCount> top = misses.top(limit);
        if (top.isEmpty()) {
            out.println("no unrecognized questions recorded");
            return;
        }
        out.printf("%8s  %-16s  %s%n", "count", "hash", "text (only where the user agreed to keep it)");
        for (MissCount miss : top) {
            out.printf("%8d  %-16s  %s%n", miss.count(), miss.hash(), miss.text() == null ? "-" : miss.text());
        }
    }
}
