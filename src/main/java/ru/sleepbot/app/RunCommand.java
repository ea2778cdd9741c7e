package ru.sleepbot.app;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.store.ActiveInstanceLock;
import ru.sleepbot.store.JdbcTarget;
import ru.sleepbot.telegram.TelegramChannel;
import ru.sleepbot.time.ExecutorScheduler;

/**
 * The Telegram bot (long polling). Only one instance per database is active: a second one waits
 * as a standby and takes over within seconds when the first is gone. SIGTERM (Heroku sends it on
 * every deploy and the daily restart, and kills 30 s later) stops polling, lets the answers in
 * progress reach the outbox, confirms them to Telegram and drains the queue for up to 25 s; what
 * is left stays in the durable outbox and goes first at the next start.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run the Telegram bot (needs TELEGRAM_BOT_TOKEN).")
final class RunCommand implements Callable<Integer> {

    static final int NO_TOKEN = 2;
    static final int START_FAILED = 1;
    /** The exit code when the active-instance lock is lost: stop at once, the standby takes over. */
    static final int LOCK_LOST = 3;

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);
    /** Time for updates in progress to finish; then the queue drains for its 25 s. */
    private static final Duration DRAIN = Duration.ofSeconds(3);
    private static final Duration SHUTDOWN_LIMIT = Duration.ofMillis(29_000);
    private static final Duration STANDBY_RETRY = Duration.ofSeconds(3);

    @Override
    public Integer call() throws Exception {
        Settings settings = Settings.fromEnvironment();
        if (settings.token().isEmpty()) {
            System.err.println("Не задан TELEGRAM_BOT_TOKEN: получите токен у @BotFather и запустите "
                    + "'TELEGRAM_BOT_TOKEN=... java -jar target/sleep-bot.jar run'. / TELEGRAM_BOT_TOKEN is not set: "
                    + "get a token from @BotFather and export it before 'run'.");
            return NO_TOKEN;
        }
        JdbcTarget target = JdbcTarget.from(settings.databaseUrl(), Bot.EMBEDDED_DB_DIR);
        // A second instance would trade 409s with the first and could send replies twice: it waits.
        ActiveInstanceLock active = ActiveInstanceLock.await(target, STANDBY_RETRY,
                () -> Runtime.getRuntime().halt(LOCK_LOST));
        TelegramChannel channel = TelegramChannel.connect(settings.token().get(), settings.apiUrl());
        // Every send goes through the durable outbox and the outbound queue (Telegram's rate limits,
        // 429, 403, retries); answers are cut to Telegram's length before they are stored.
        Bot bot = Bot.start(settings, target, channel.transport());
        Outbox outbox = channel.splitting(bot.outbox());
        ExecutorScheduler typing = new ExecutorScheduler(1, "telegram-typing");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Thread work = new Thread(() -> {
                channel.stop(DRAIN);
                bot.close();
                typing.close();
                channel.close();
                active.close();
            }, "shutdown-work");
            work.start();
            try {
                work.join(SHUTDOWN_LIMIT.toMillis());
                if (work.isAlive()) {
                    log.warn("shutdown took longer than {}; exiting anyway (unsent replies stay in the outbox)",
                            SHUTDOWN_LIMIT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                stopped.countDown();
            }
        }, "shutdown"));
        try {
            channel.start(bot.dialog(), outbox, bot.messages(), typing, bot.channelState());
        } catch (IllegalStateException e) {
            System.err.println("could not connect to Telegram: " + e.getMessage());
            return START_FAILED;
        }
        stopped.await();
        return 0;
    }
}
