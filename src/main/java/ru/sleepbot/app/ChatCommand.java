package ru.sleepbot.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ru.sleepbot.console.ConsoleChannel;

/** The console chat: the same dialog engine as Telegram, on stdin and stdout. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Chat with the bot in the console (buttons as numbered options).")
final class ChatCommand implements Callable<Integer> {

    @Option(names = "--json", description = "One JSON object per bot reply: {\"turn\", \"text\", \"kind\", \"buttons\"}, and \"photo\" or \"document\" with the saved file's path.")
    boolean json;

    @Option(names = "--files", paramLabel = "DIR",
            description = "Folder for the pictures and documents the bot sends (default: ${DEFAULT-VALUE}).")
    Path files = ConsoleChannel.DEFAULT_FILES;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromEnvironment();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        ConsoleChannel console = new ConsoleChannel(in, out, json, files);
        try (Bot bot = Bot.start(settings, console)) {
            return console.run(bot.dialog());
        }
    }
}
