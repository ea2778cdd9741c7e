package ru.sleepbot.bench;

import java.io.PrintStream;
import ru.sleepbot.app.Settings;

/** One part of {@code bench}: measures a capability and prints its figures. */
interface Benchmark {

    /** Short name used to run this part alone: {@code bench nlu}. */
    String name();

    void run(Settings settings, PrintStream out) throws Exception;
}
