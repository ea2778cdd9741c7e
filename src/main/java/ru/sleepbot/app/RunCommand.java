package ru.sleepbot.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The Telegram bot (long polling). */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run the Telegram bot (needs TELEGRAM_BOT_TOKEN).")
final class RunCommand implements Callable<Integer> {

    static final int NO_TOKEN = 2;

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromEnvironment();
        if (settings.token().isEmpty()) {
            System.err.println("Не задан TELEGRAM_BOT_TOKEN: получите токен у @BotFather и запустите "
                    + "'TELEGRAM_BOT_TOKEN=... java -jar target/sleep-bot.jar run'. / TELEGRAM_BOT_TOKEN is not set: "
                    + "get a token from @BotFather and export it before 'run'.");
            return NO_TOKEN;
        }
        throw new UnsupportedOperationException("the Telegram channel is not wired yet");
    }
}
