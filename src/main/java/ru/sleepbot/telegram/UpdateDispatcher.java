package ru.sleepbot.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes the batches TelegramBots polls and runs each update on a worker chosen by its chat, so that
 * one chat's messages are answered in the order they were written while different chats go in
 * parallel. It remembers the highest update id it accepted: an update at or below it is a repeat
 * and is dropped, and on shutdown that id is confirmed to Telegram so a restart does not replay it.
 */
final class UpdateDispatcher implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateDispatcher.class);

    private final Consumer<Update> handler;
    private final List<ExecutorService> workers;
    private int highestAccepted;
    private boolean accepting = true;

    UpdateDispatcher(Consumer<Update> handler, int workerCount) {
        if (workerCount < 1) {
            throw new IllegalArgumentException("need at least one worker, got " + workerCount);
        }
        this.handler = handler;
        List<ExecutorService> list = new ArrayList<>(workerCount);
        for (int i = 0; i < workerCount; i++) {
            String name = "telegram-update-" + i;
            list.add(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            }));
        }
        this.workers = List.copyOf(list);
    }

    @Override
    public synchronized void consume(List<Update> updates) {
        for (Update update : updates) {
            int id = update.getUpdateId() == null ? 0 : update.getUpdateId();
            if (!accepting) {
                // Not confirmed to Telegram either, so the next start gets it again: nothing lost.
                log.debug("update {} left for the next start: shutting down", id);
                continue;
            }
            if (id <= highestAccepted) {
                log.debug("update {} already handled, dropped", id);
                continue;
            }
            highestAccepted = id;
            try {
                workers.get(Math.floorMod(Long.hashCode(chatKey(update)), workers.size())).execute(() -> run(update));
            } catch (RuntimeException e) {
                // Never let one odd update escape: TelegramBots' polling task would die with it.
                log.error("update {} could not be dispatched", id, e);
            }
        }
    }

    private void run(Update update) {
        try {
            handler.accept(update);
        } catch (RuntimeException e) {
            log.error("update {} failed in the Telegram channel", update.getUpdateId(), e);
        }
    }

    /** The highest update id handed to a worker, 0 before the first. */
    synchronized int highestAccepted() {
        return highestAccepted;
    }

    /** Stops taking updates and waits for the accepted ones to finish; true when all did in time. */
    boolean drain(Duration timeout) {
        synchronized (this) {
            accepting = false;
        }
        workers.forEach(ExecutorService::shutdown);
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (ExecutorService worker : workers) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !worker.awaitTermination(left, TimeUnit.NANOSECONDS)) {
                    workers.forEach(ExecutorService::shutdownNow);
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** TelegramBots closes its consumer when the session closes; draining is done explicitly, with a deadline. */
    @Override
    public void close() {
        synchronized (this) {
            accepting = false;
        }
    }

    private static long chatKey(Update update) {
        Long chat = null;
        if (update.hasMessage() && update.getMessage().getChat() != null) {
            chat = update.getMessage().getChatId();
        } else if (update.hasEditedMessage() && update.getEditedMessage().getChat() != null) {
            chat = update.getEditedMessage().getChatId();
        } else if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            chat = update.getCallbackQuery().getMessage().getChatId();
        }
        return chat == null ? 0 : chat;
    }
}
