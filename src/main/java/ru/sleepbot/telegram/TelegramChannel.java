package ru.sleepbot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.chat.Transport;
import ru.sleepbot.content.Messages;
import ru.sleepbot.dialog.Dialog;
import ru.sleepbot.time.Scheduler;

/**
 * The bot on Telegram: long polling in, Bot API calls out, both at TELEGRAM_API_URL. Life cycle:
 * {@link #connect} (no network yet) → {@link #transport()} for the outbound queue → {@link #start}
 * (getMe, the command menu, polling) → {@link #stop} on SIGTERM (polling ends, answers in progress
 * finish, handled updates are confirmed to Telegram) → {@link #close} once the queue is drained.
 * Polling is our own loop ({@link UpdatePoller} over {@link HttpUpdateFeed}): it reads each update
 * on its own and confirms a batch only once its replies are in the outbox.
 */
public final class TelegramChannel implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);
    private static final List<String> WANTED_UPDATES = List.of("message", "edited_message", "callback_query");

    private final String token;
    private final ApiEndpoint endpoint;
    private final ChannelOptions options;
    private final OkHttpClient sendingHttp;
    private final OkHttpClient pollingNetwork;
    private final OkHttpClient pollingHttp;
    private final PollingGuard guard;
    private final TelegramClient client;
    private final TelegramTransport transport;
    private final ScheduledExecutorService pollThread;
    private UpdatePoller poller;
    private UpdateDispatcher dispatcher;

    TelegramChannel(String token, ApiEndpoint endpoint, ChannelOptions options) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the bot token is empty");
        }
        this.token = token.strip();
        this.endpoint = endpoint;
        this.options = options;
        this.sendingHttp = new OkHttpClient.Builder()
                .dispatcher(dispatcher(64))
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                .build();
        // Its own dispatcher and a long read timeout: the long poll holds a connection open for pollTimeout.
        this.pollingNetwork = sendingHttp.newBuilder()
                .dispatcher(dispatcher(4))
                .readTimeout(options.pollTimeout().plusSeconds(15).toMillis(), TimeUnit.MILLISECONDS)
                .build();
        this.guard = new PollingGuard(pollingNetwork, new PollingBackOff(options.backOffInitial(),
                options.backOffMax(), RandomGenerator.getDefault()), this.token);
        this.pollingHttp = pollingNetwork.newBuilder().addInterceptor(guard).build();
        this.client = new OkHttpTelegramClient(sendingHttp, this.token, endpoint.toTelegramUrl());
        this.transport = new TelegramTransport(client, new MessageRenderer(), this.token);
        transport.warmUpInBackground();
        this.pollThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "telegram-poll");
            t.setDaemon(true);
            return t;
        });
    }

    /** Prepares the channel for the token and the Bot API base URL; nothing is sent yet. */
    public static TelegramChannel connect(String token, String apiUrl) {
        return new TelegramChannel(token, ApiEndpoint.parse(apiUrl), ChannelOptions.standard());
    }

    /** The sender for the outbound queue: one sendMessage per call, results in the queue's terms. */
    public Transport transport() {
        return transport;
    }

    /** Wraps the queue so that texts longer than Telegram allows go out as several messages. */
    public Outbox splitting(Outbox queue) {
        return new SplittingOutbox(new TextSplitter(TextSplitter.TELEGRAM_LIMIT), queue);
    }

    /** {@link #start(Dialog, Outbox, Messages, Scheduler, ChannelState)} with nothing durable. */
    public String start(Dialog dialog, Outbox outbox, Messages messages, Scheduler scheduler) {
        return start(dialog, outbox, messages, scheduler, ChannelState.inMemory());
    }

    /**
     * Checks the token with getMe, sets the command menu and starts polling. Returns the bot's
     * username. Throws IllegalStateException when Telegram refuses the token or stays unreachable.
     */
    public synchronized String start(Dialog dialog, Outbox outbox, Messages messages, Scheduler scheduler,
                                     ChannelState state) {
        if (poller != null) {
            throw new IllegalStateException("already started");
        }
        BotIdentity bot = new StartupCheck(client, options, token).whoAmI();
        log.info("connected to {} as @{}", endpoint, bot.username());
        try {
            client.execute(BotCommands.menu(messages));
        } catch (TelegramApiException e) {
            log.warn("could not set the command menu: {}", TokenRedaction.redact(e.toString(), token));
        }
        try {
            client.execute(new DeleteWebhook()); // getUpdates is refused while a webhook is set
        } catch (TelegramApiException e) {
            log.warn("could not delete a webhook: {}", TokenRedaction.redact(e.toString(), token));
        }
        UpdateHandler handler = new UpdateHandler(new UpdateMapper(bot, SeenMessages.standard()), dialog, outbox,
                client, scheduler, options.typingAfter(), messages, state.journal());
        dispatcher = new UpdateDispatcher(handler::handle, options.workers());
        FloodGate gate = new FloodGate(state.waiting(), chatId -> notice(state.journal(), outbox, messages, chatId),
                handler::release, state.alarming(), FloodGate.PER_CHAT);
        HttpUpdateFeed feed = new HttpUpdateFeed(pollingHttp, pollingNetwork, endpoint, token, options.pollTimeout(),
                WANTED_UPDATES);
        poller = new UpdatePoller(feed, gate, dispatcher, state.journal(),
                new PollingBackOff(options.backOffInitial(), options.backOffMax(), RandomGenerator.getDefault()));
        pollThread.execute(poller);
        log.info("polling for updates");
        return bot.username();
    }

    /**
     * Stops polling, lets the updates already taken finish (their replies reach the outbox) and tells
     * Telegram they are handled. Returns within about {@code grace}.
     */
    public synchronized void stop(Duration grace) {
        if (poller == null) {
            return;
        }
        long started = System.nanoTime();
        poller.stop();
        guard.stop();
        pollThread.shutdown();
        boolean finished;
        try {
            finished = pollThread.awaitTermination(grace.minusSeconds(1).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        dispatcher.drain(Duration.ofMillis(200));
        if (finished) {
            poller.confirmHandled();
        }
        log.info("polling stopped in {} ms; answers in progress {}", (System.nanoTime() - started) / 1_000_000,
                finished ? "all finished" : "did not all finish in time");
        poller = null;
    }

    /** Tells a chat that writes faster than it can be answered that older messages are skipped. */
    private static void notice(UpdateJournal journal, Outbox outbox, Messages messages, long chatId) {
        try {
            journal.durably(() -> outbox.send(Outgoing.answer(chatId,
                    Reply.text(messages.text("telegram.flood")))));
        } catch (RuntimeException e) {
            log.warn("could not tell chat {} that it writes too fast: {}", chatId, e.getClass().getSimpleName());
        }
    }

    /** Releases HTTP connections and threads; call after the outbound queue has drained. */
    @Override
    public void close() {
        stop(Duration.ofSeconds(2));
        pollThread.shutdownNow();
        for (OkHttpClient http : List.of(pollingHttp, sendingHttp)) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static Dispatcher dispatcher(int maxRequests) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(maxRequests);
        dispatcher.setMaxRequestsPerHost(maxRequests);
        return dispatcher;
    }
}
