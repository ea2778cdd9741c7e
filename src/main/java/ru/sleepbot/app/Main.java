package ru.sleepbot.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar sleep-bot.jar [command]}: the bot, the console chat and the tools around them. */
@Command(name = "sleep-bot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Дрёма: Telegram-бот о вздрагиваниях во сне / a Telegram bot about sleep starts.%n"
                + "Without a command: 'run' when TELEGRAM_BOT_TOKEN is set, otherwise 'chat'.")
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        CommandLine line = new CommandLine(new Main());
        subcommandsFor(args).values().forEach(command -> line.addSubcommand(command.get()));
        return line.execute(args);
    }

    /**
     * The subcommands picocli is given: only the one being run, none without a command, all for
     * anything else (help, a typo). Picocli reads every command's annotations when it is added,
     * which for all of them is a tenth of a second or more of a cold start, before the first reply.
     */
    static Map<String, Supplier<Object>> subcommandsFor(String... args) {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("run", RunCommand::new);
        all.put("chat", ChatCommand::new);
        all.put("classify", ClassifyCommand::new);
        all.put("eval", EvalCommand::new);
        all.put("report", ReportCommand::new);
        if (args.length == 0) {
            return Map.of();
        }
        Supplier<Object> named = all.get(args[0]);
        return named == null ? all : Map.of(args[0], named);
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
