package ru.sleepbot.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar sleep-bot.jar [command]}: the bot, the console chat and the tools around them. */
@Command(name = "sleep-bot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Дрёма: Telegram-бот о вздрагиваниях во сне / a Telegram bot about sleep starts.%n"
                + "Without a command: 'run' when TELEGRAM_BOT_TOKEN is set, otherwise 'chat'.",
        subcommands = {RunCommand.class, ChatCommand.class, ClassifyCommand.class, EvalCommand.class,
                ReportCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromEnvironment();
        if (settings.token().isPresent()) {
            return new RunCommand().call();
        }
        System.err.println("TELEGRAM_BOT_TOKEN не задан: открываю чат в консоли. "
                + "Чтобы подключить Telegram, задайте TELEGRAM_BOT_TOKEN и запустите 'run'. "
                + "/ No token: console chat; set TELEGRAM_BOT_TOKEN to connect to Telegram.");
        return new ChatCommand().call();
    }
}
