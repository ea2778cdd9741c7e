package ru.sleepbot.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import ru.sleepbot.app.Bot;
import ru.sleepbot.app.Settings;
import ru.sleepbot.chat.ChatRef;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.dialog.Dialog;

/**
 * Dialog turns through the bot as wired ({@link Bot#start}): throughput on two threads with
 * 10 000 conversations going on at once, and the heap that 100 000 idle conversations hold.
 * Run it on two cores: {@code taskset -c 0,1 java -jar target/sleep-bot.jar bench dialog}.
 * The figures include the classifier and the warning-sign guard the bot is wired with.
 */
final class DialogBenchmark implements Benchmark {

    static final int THREADS = 2;
    static final int CONCURRENT_SESSIONS = 10_000;
    static final int IDLE_SESSIONS = 100_000;
    static final int MEASURED_ROUNDS = 3;

    /**
     * One conversation: commands, questions, follow-ups, button presses, the check, small talk.
     * No line is meant to be a miss: a miss is recorded in the store the bot is wired to, and a
     * benchmark must not fill a real miss log (or measure the database instead of the dialog).
     */
    private static final List<String> SCRIPT = List.of(
            "/start",
            "почему я вздрагиваю когда засыпаю",
            "а это опасно?",
            "!tp:hypnic_jerk:what_to_do",
            "а у ребенка это опасно?",
            "ночью сводит икру, что делать",
            "!ck:start",
            "!ck:who:adult",
            "при засыпании",
            "нет",
            "спасибо",
            "привет");

    @Override
    public String name() {
        return "dialog";
    }

    @Override
    public void run(Settings settings, PrintStream out) throws Exception {
        try (Bot bot = Bot.start(settings, message -> { })) {
            Dialog dialog = bot.dialog();
            playRound(dialog, 0); // warm-up: JIT, caches, 10 000 sessions created
            long turns = (long) MEASURED_ROUNDS * CONCURRENT_SESSIONS * SCRIPT.size();
            long start = System.nanoTime();
            for (int round = 1; round <= MEASURED_ROUNDS; round++) {
                playRound(dialog, 0);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("dialog turns: %,d turns in %.2f s on %d threads (%d cores available), %,d sessions: %,.0f turns/s%n",
                    turns, seconds, THREADS, Runtime.getRuntime().availableProcessors(), CONCURRENT_SESSIONS,
                    turns / seconds);

            long before = usedHeap();
            for (int i = 0; i < IDLE_SESSIONS; i++) {
                // A question leaves the session holding a topic, as a real idle conversation does.
                dialog.handle(new Incoming.Text(ChatRef.privateChat(1_000_000L + i), "вздрагиваю при засыпании"));
            }
            long after = usedHeap();
            out.printf("dialog heap: %,d idle sessions added %.1f MB; heap in use %.1f MB (goal: at most 200 MB)%n",
                    IDLE_SESSIONS, (after - before) / 1e6, after / 1e6);
        }
    }

    /** Every session plays the script once; each thread owns half the chats, as Telegram updates would. */
    private static void playRound(Dialog dialog, long chatBase) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicLong replies = new AtomicLong();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (String line : SCRIPT) {
                        for (int chat = thread; chat < CONCURRENT_SESSIONS; chat += THREADS) {
                            ChatRef ref = ChatRef.privateChat(chatBase + chat + 1);
                            Incoming in = line.startsWith("!") ? new Incoming.Press(ref, line.substring(1))
                                    : new Incoming.Text(ref, line);
                            replies.addAndGet(dialog.handle(in).size());
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        if (replies.get() < (long) CONCURRENT_SESSIONS * SCRIPT.size()) {
            throw new IllegalStateException("some turns got no reply: " + replies.get());
        }
    }

    private static long usedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
