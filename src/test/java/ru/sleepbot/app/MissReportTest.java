package ru.sleepbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ru.sleepbot.store.InMemoryMissLog;

class MissReportTest {

    @Test
    void printsTheMostFrequentMissesFirstWithTextOnlyWhereKept() {
        InMemoryMissLog log = new InMemoryMissLog();
        log.record("aaaa", 1, null);
        log.record("bbbb", 2, "как спать на потолке");
        log.record("bbbb", 3, null);

        String printed = print(log, 10);

        assertThat(printed.lines().skip(1)).containsExactly(
                "       2  bbbb              как спать на потолке",
                "       1  aaaa              -");
    }

    @Test
    void saysSoWhenNothingWasRecorded() {
        assertThat(print(new InMemoryMissLog(), 5)).contains("no unrecognized questions");
    }

    private static String print(InMemoryMissLog log, int limit) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new MissReport(log).print(limit, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
