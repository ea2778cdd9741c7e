package ru.sleepbot.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue fills it in. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Not built yet.")
final class BenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("'bench' is not built yet");
        return 1;
    }
}
