package ru.sleepbot.app;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.telegram.TelegramChannel;
import ru.sleepbot.time.ExecutorScheduler;

/**
 * The Telegram bot (long polling). SIGTERM (Heroku sends it on every deploy and the daily restart)
 * stops polling, lets the answers in progress reach the outbound queue, drains the queue and exits
 * within 10 seconds; reminders that fall due meanwhile stay in the database for the next start.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run the Telegram bot (needs TELEGRAM_BOT_TOKEN).")
final class RunCommand implements Callable<Integer> {

    static final int NO_TOKEN = 2;
    static final int START_FAILED = 1;

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);
    /** Time for updates in progress to finish; the rest of the 10 s goes to sending and closing. */
    private static final Duration DRAIN = Duration.ofSeconds(3);
    private static final Duration SHUTDOWN_LIMIT = Duration.ofMillis(9_500);

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromEnvironment();
        if (settings.token().isEmpty()) {
            System.err.println("Не задан TELEGRAM_BOT_TOKEN: получите токен у @BotFather и запустите "
                    + "'TELEGRAM_BOT_TOKEN=... java -jar target/sleep-bot.jar run'. / TELEGRAM_BOT_TOKEN is not set: "
                    + "get a token from @BotFather and export it before 'run'.");
            return NO_TOKEN;
        }
        TelegramChannel channel = TelegramChannel.connect(settings.token().get(), settings.apiUrl());
        // Every send goes through the bot's outbound queue (Telegram's rate limits, 429, 403, retries);
        // answers are cut to Telegram's length before they are queued.
        Bot bot = Bot.start(settings, channel.transport());
        Outbox outbox = channel.splitting(bot.outbox());
        ExecutorScheduler typing = new ExecutorScheduler(1, "telegram-typing");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Thread work = new Thread(() -> {
                channel.stop(DRAIN);
                bot.close();
                typing.close();
                channel.close();
            }, "shutdown-work");
            work.start();
            try {
                // Heroku kills the process 30 s after SIGTERM; we promise 10. Whatever is still
                // queued after this is lost from memory, but due reminders stay in the database.
                work.join(SHUTDOWN_LIMIT.toMillis());
                if (work.isAlive()) {
                    log.warn("shutdown took longer than {}; exiting anyway", SHUTDOWN_LIMIT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                stopped.countDown();
            }
        }, "shutdown"));
        try {
            channel.start(bot.dialog(), outbox, bot.messages(), typing);
        } catch (IllegalStateException e) {
            System.err.println("could not connect to Telegram: " + e.getMessage());
            return START_FAILED;
        }
        stopped.await();
        return 0;
    }
}
