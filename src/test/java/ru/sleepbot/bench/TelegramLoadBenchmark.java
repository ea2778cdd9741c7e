package ru.sleepbot.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import ru.sleepbot.app.Bot;
import ru.sleepbot.app.Settings;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.chat.Transport;
import ru.sleepbot.dialog.Dialog;
import ru.sleepbot.outbound.OutboundQueue;
import ru.sleepbot.outbound.QueueLimits;
import ru.sleepbot.telegram.TelegramChannel;
import ru.sleepbot.time.ExecutorScheduler;

/**
 * Many people chatting at once through the real Telegram channel (TelegramBots long polling and
 * sending) against a loopback Bot API that holds the bot to Telegram's limits. Each simulated user
 * asks, waits for the answer, asks again. Checks that every question gets exactly one answer and
 * reports answer latency and heap. The dialog is a trivial echo: this measures the channel and the
 * queue, the dialog has its own benchmark. With 30 messages/s allowed in all, latency is mostly the
 * wait for a sending slot (about users / 30 seconds when everyone waits at once).
 */
final class TelegramLoadBenchmark implements Benchmark {

    private static final String TOKEN = "100200300:local-bench-token-not-a-secret-000";

    private final int users;
    private final int messagesEach;
    private final Function<Transport, Outbox> queueFor;

    TelegramLoadBenchmark(int users, int messagesEach, Function<Transport, Outbox> queueFor) {
        this.users = users;
        this.messagesEach = messagesEach;
        this.queueFor = queueFor;
    }

    /**
     * 500 users x 20 questions through the production outbound queue (TELEGRAM_BENCH_USERS and
     * TELEGRAM_BENCH_MESSAGES change the numbers for a quick look).
     */
    static TelegramLoadBenchmark standard() {
        return new TelegramLoadBenchmark(env("TELEGRAM_BENCH_USERS", 500), env("TELEGRAM_BENCH_MESSAGES", 20),
                transport -> new OutboundQueue(transport, chatId -> { }, id -> { }, Clock.systemUTC(),
                        QueueLimits.TELEGRAM));
    }

    private static int env(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    @Override
    public String name() {
        return "telegram";
    }

    @Override
    public void run(Settings settings, PrintStream out) throws Exception {
        Users simulated = new Users(users, messagesEach);
        HeapSampler heap = new HeapSampler();
        long began;
        long tookNanos;
        boolean finished;
        try (LoopbackBotApi api = LoopbackBotApi.start(TOKEN, simulated::answered);
             ExecutorScheduler typing = new ExecutorScheduler(1, "bench-typing")) {
            simulated.api = api;
            TelegramChannel channel = TelegramChannel.connect(TOKEN, api.url());
            Outbox queue = queueFor.apply(channel.transport());
            channel.start(echo(), channel.splitting(queue), Bot.loadContent(settings).messages(), typing);
            heap.start();
            began = System.nanoTime();
            simulated.startAll();
            finished = simulated.done.await(users * (long) messagesEach / 25 + 120, TimeUnit.SECONDS);
            tookNanos = System.nanoTime() - began;
            channel.stop(Duration.ofSeconds(5));
            if (queue instanceof AutoCloseable closeable) {
                closeable.close();
            }
            channel.close();
            out.printf("users %d x messages %d = %d questions; finished: %s in %.1f s%n", users, messagesEach,
                    users * messagesEach, finished, tookNanos / 1e9);
            out.printf("answers: %d accepted by the API, %d refused with 429; lost %d, sent twice %d, unexpected %d%n",
                    api.acceptedMessages(), api.refusedMessages(), simulated.lost(), simulated.duplicates.get(),
                    simulated.unexpected.get());
        } finally {
            heap.stop();
        }
        out.printf("throughput %.1f answers/s%n", simulated.answeredCount.get() / (tookNanos / 1e9));
        out.println("answer latency (question available to getUpdates -> answer at the API): "
                + simulated.latencySummary());
        out.printf("heap: peak used %.1f MB during the run, %.1f MB used after GC%n", heap.peakMb(), heap.afterGcMb());
    }

    private static Dialog echo() {
        return incoming -> incoming instanceof Incoming.Text text
                ? List.of(Outgoing.answer(incoming.chat().id(), Reply.text("answer to " + text.text())))
                : List.of();
    }

    /** The simulated people: who asked what when, and which answers came back. */
    private static final class Users {
        private static final long FIRST_CHAT = 1_000_000L;
        final int count;
        final int each;
        final long[][] askedAt;
        final boolean[][] answered;
        final long[] latencies;
        final AtomicLong answeredCount = new AtomicLong();
        final AtomicLong duplicates = new AtomicLong();
        final AtomicLong unexpected = new AtomicLong();
        final CountDownLatch done;
        volatile LoopbackBotApi api;

        Users(int count, int each) {
            this.count = count;
            this.each = each;
            this.askedAt = new long[count][each];
            this.answered = new boolean[count][each];
            this.latencies = new long[count * each];
            this.done = new CountDownLatch(count * each);
        }

        void startAll() {
            for (int u = 0; u < count; u++) {
                ask(u, 0);
            }
        }

        private void ask(int user, int k) {
            synchronized (this) {
                askedAt[user][k] = System.nanoTime();
            }
            api.deliverText(FIRST_CHAT + user, "q " + k);
        }

        void answered(LoopbackBotApi.Sent sent) {
            int user = (int) (sent.chatId() - FIRST_CHAT);
            int k = sent.text().startsWith("answer to q ") ? Integer.parseInt(sent.text().substring(12)) : -1;
            if (user < 0 || user >= count || k < 0 || k >= each) {
                unexpected.incrementAndGet();
                return;
            }
            synchronized (this) {
                if (answered[user][k]) {
                    duplicates.incrementAndGet();
                    return;
                }
                answered[user][k] = true;
                latencies[(int) answeredCount.getAndIncrement()] = sent.arrivedNanos() - askedAt[user][k];
            }
            done.countDown();
            if (k + 1 < each) {
                ask(user, k + 1);
            }
        }

        synchronized long lost() {
            return (long) count * each - answeredCount.get();
        }

        synchronized String latencySummary() {
            int n = (int) answeredCount.get();
            if (n == 0) {
                return "no answers";
            }
            long[] sorted = Arrays.copyOf(latencies, n);
            Arrays.sort(sorted);
            return String.format("p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms (n=%d)", at(sorted, 0.50),
                    at(sorted, 0.90), at(sorted, 0.99), sorted[n - 1] / 1e6, n);
        }

        private static double at(long[] sorted, double q) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }

    /** Samples used heap a few times a second; the peak includes garbage not yet collected. */
    private static final class HeapSampler {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running;
        private Thread thread;

        void start() {
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-heap");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
            if (thread != null) {
                thread.interrupt();
            }
        }

        double peakMb() {
            return peak.get() / 1048576.0;
        }

        double afterGcMb() {
            System.gc();
            return memory.getHeapMemoryUsage().getUsed() / 1048576.0;
        }
    }
}
