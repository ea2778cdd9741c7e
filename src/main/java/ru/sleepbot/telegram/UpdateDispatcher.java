package ru.sleepbot.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Runs a batch of updates, each on a worker chosen by its chat, so that one chat's messages are
 * answered in the order they were written while different chats go in parallel, and waits for the
 * whole batch: only then may it be confirmed to Telegram. A handler returns false when an update
 * could not be handled durably (the database failed); the batch then is not confirmed.
 */
final class UpdateDispatcher {

    private static final Logger log = LoggerFactory.getLogger(UpdateDispatcher.class);

    private final Predicate<Received> handler;
    private final List<ExecutorService> workers;

    UpdateDispatcher(Predicate<Received> handler, int workerCount) {
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

    /** Handles the readable updates of a batch and waits for them; returns the ids that failed. */
    Set<Long> handle(List<Received> batch) {
        List<CompletableFuture<Long>> running = new ArrayList<>();
        for (Received received : batch) {
            if (!received.readable()) {
                continue;
            }
            ExecutorService worker = workers.get(Math.floorMod(Long.hashCode(chatOf(received.update())), workers.size()));
            try {
                running.add(CompletableFuture.supplyAsync(() -> run(received) ? null : received.id(), worker));
            } catch (RejectedExecutionException e) {
                running.add(CompletableFuture.completedFuture(received.id())); // shutting down: not handled
            }
        }
        Set<Long> failed = new HashSet<>();
        for (CompletableFuture<Long> future : running) {
            Long id = future.join();
            if (id != null) {
                failed.add(id);
            }
        }
        return failed;
    }

    private boolean run(Received received) {
        try {
            return handler.test(received);
        } catch (RuntimeException e) {
            // Never let one odd update escape: it is logged (no content) and counts as not handled.
            log.error("update {} failed in the Telegram channel", received.id(), e);
            return false;
        }
    }

    /** Stops the workers once the batch in progress is done; true when they stopped in time. */
    boolean drain(Duration timeout) {
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

    /** The chat an update belongs to, 0 when it has none. */
    static long chatOf(Update update) {
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
