package ru.sleepbot.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue fills it in. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Not built yet.")
final class EvalCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("'eval' is not built yet");
        return 1;
    }
}
