package ru.sleepbot.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue fills it in. */
@Command(name = "classify", mixinStandardHelpOptions = true, description = "Not built yet.")
final class ClassifyCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("'classify' is not built yet");
        return 1;
    }
}
