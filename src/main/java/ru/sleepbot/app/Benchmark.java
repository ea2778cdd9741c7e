package ru.sleepbot.app;

import java.io.PrintStream;

/** One part of {@code bench}: measures a capability and prints its figures. */
interface Benchmark {

    /** Short name used to run this part alone: {@code bench nlu}. */
    String name();

    void run(Settings settings, PrintStream out) throws Exception;
}
