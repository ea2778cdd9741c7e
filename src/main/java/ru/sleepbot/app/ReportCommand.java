package ru.sleepbot.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue fills it in. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Not built yet.")
final class ReportCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("'report' is not built yet");
        return 1;
    }
}
