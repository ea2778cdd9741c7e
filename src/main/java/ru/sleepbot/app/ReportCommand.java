package ru.sleepbot.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the most frequent questions the bot did not understand, so editors know what to add. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print the most frequent unrecognized questions (hash, and text where users agreed).")
final class ReportCommand implements Callable<Integer> {

    @Option(names = {"-n", "--top"}, defaultValue = "30", description = "How many to print (default ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        if (top < 1) {
            System.err.println("--top must be at least 1");
            return 2;
        }
        Settings settings = Settings.fromEnvironment();
        // The bot's own wiring decides where misses are kept (the store), so the report reads the same log.
        try (Bot bot = Bot.start(settings, message -> { })) {
            new MissReport(bot.misses()).print(top, System.out);
        }
        return 0;
    }
}
