package ru.sleepbot.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.DeliveryResult;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.chat.Transport;
import ru.sleepbot.store.InMemoryUserStore;
import ru.sleepbot.time.MutableClock;

class OutboundQueueTest {

    private static final Instant T0 = Instant.parse("2026-11-26T19:00:00Z");
    private static final QueueLimits LIMITS = new QueueLimits(30, Duration.ofSeconds(1), Duration.ZERO, 4,
            Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofSeconds(3), Duration.ofMinutes(10),
            Duration.ofHours(2));

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryUserStore users = new InMemoryUserStore(ZoneId.of("Europe/Moscow"));
    private final FakeTransport transport = new FakeTransport();
    private final List<Long> settled = new ArrayList<>();

    /** Records every attempt; answers with scripted results per chat, then Delivered. */
    private final class FakeTransport implements Transport {
        final List<Instant> times = new ArrayList<>();
        final List<Outgoing> attempts = new ArrayList<>();
        final List<Outgoing> delivered = new ArrayList<>();
        final Map<Long, Deque<DeliveryResult>> script = new HashMap<>();

        @Override
        public DeliveryResult deliver(Outgoing message) {
            times.add(clock.instant());
            attempts.add(message);
            Deque<DeliveryResult> planned = script.get(message.chatId());
            DeliveryResult result = planned == null || planned.isEmpty() ? new DeliveryResult.Delivered() : planned.poll();
            if (result instanceof DeliveryResult.Delivered) {
                delivered.add(message);
            }
            return result;
        }

        void plan(long chatId, DeliveryResult... results) {
            script.computeIfAbsent(chatId, id -> new ArrayDeque<>()).addAll(List.of(results));
        }
    }

    private OutboundQueue queue(QueueLimits limits) {
        return new OutboundQueue(transport, OutboundQueue.turnRemindersOff(users), settled::add, clock, limits,
                Runnable::run,
                (wake, max) -> clock.advance(max));
    }

    private static Outgoing bulk(long chat, String text) {
        return new Outgoing(chat, Reply.text(text), Outgoing.Priority.BULK);
    }

    private static Outgoing answer(long chat, String text) {
        return Outgoing.answer(chat, Reply.text(text));
    }

    @Test
    void sendsAtMostThirtyMessagesInAnySecondAcrossChats() {
        OutboundQueue q = queue(LIMITS);
        for (int chat = 1; chat <= 100; chat++) {
            q.send(bulk(chat, "p" + chat));
        }
        q.runUntilIdle();
        assertThat(transport.delivered).hasSize(100);
        for (int i = 30; i < transport.times.size(); i++) {
            assertThat(Duration.between(transport.times.get(i - 30), transport.times.get(i)))
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
        assertThat(Duration.between(T0, transport.times.get(99))).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void keepsOneSecondBetweenMessagesToOneChatAndTheirOrder() {
        OutboundQueue q = queue(LIMITS);
        for (int i = 0; i < 4; i++) {
            q.send(answer(1, "m" + i));
        }
        q.runUntilIdle();
        assertThat(transport.delivered).extracting(o -> o.reply().text()).containsExactly("m0", "m1", "m2", "m3");
        for (int i = 1; i < 4; i++) {
            assertThat(Duration.between(transport.times.get(i - 1), transport.times.get(i)))
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void keepsOneSecondPerChatWhenTheNextAnswerComesAfterTheQueueEmptied() {
        OutboundQueue[] q = new OutboundQueue[1];
        boolean[] replied = {false};
        // While the queue idles after our first message, the user answers 200 ms later: by then that
        // chat had nothing queued, yet Telegram still counts our first message against the second.
        q[0] = new OutboundQueue(transport, OutboundQueue.turnRemindersOff(users), settled::add, clock, LIMITS,
                Runnable::run,
                (wake, max) -> {
                    if (!replied[0]) {
                        replied[0] = true;
                        clock.advance(Duration.ofMillis(200));
                        q[0].send(answer(1, "second"));
                    } else {
                        clock.advance(max);
                    }
                });

        q[0].send(answer(1, "first"));
        q[0].runUntilIdle();

        assertThat(transport.delivered).extracting(o -> o.reply().text()).containsExactly("first", "second");
        assertThat(Duration.between(transport.times.get(0), transport.times.get(1)))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void answersToPeopleChattingGoAheadOfBulkPrompts() {
        OutboundQueue q = queue(LIMITS);
        for (int chat = 1; chat <= 90; chat++) {
            q.send(bulk(chat, "prompt"));
        }
        q.send(answer(500, "answer"));
        q.runUntilIdle();
        assertThat(transport.delivered.get(0).reply().text()).isEqualTo("answer");
        assertThat(transport.delivered).hasSize(91);
    }

    @Test
    void anAnswerLiftsItsChatsEarlierBulkPromptButKeepsTheOrder() {
        OutboundQueue q = queue(LIMITS);
        for (int chat = 1; chat <= 40; chat++) {
            q.send(bulk(chat, "prompt"));
        }
        q.send(answer(40, "answer"));
        q.runUntilIdle();
        List<String> toForty = transport.delivered.stream().filter(o -> o.chatId() == 40).map(o -> o.reply().text()).toList();
        assertThat(toForty).containsExactly("prompt", "answer");
        assertThat(transport.delivered.get(0).chatId()).isEqualTo(40);
    }

    @Test
    void waitsOutRetryAfterThenSendsOnce() {
        transport.plan(1, new DeliveryResult.RetryAfter(Duration.ofSeconds(7)));
        OutboundQueue q = queue(LIMITS);
        q.send(answer(1, "hello"));
        q.runUntilIdle();
        assertThat(transport.times).containsExactly(T0, T0.plusSeconds(7));
        assertThat(transport.delivered).hasSize(1);
        assertThat(q.stats().rateLimited()).isEqualTo(1);
    }

    @Test
    void aRetryAfterForAQuietChatHoldsEveryChat() {
        OutboundQueue[] q = new OutboundQueue[1];
        q[0] = new OutboundQueue(message -> {
            DeliveryResult result = transport.deliver(message);
            if (result instanceof DeliveryResult.RetryAfter) {
                q[0].send(answer(2, "arrived during the wait"));
            }
            return result;
        }, id -> { }, settled::add, clock, LIMITS, Runnable::run, (wake, max) -> clock.advance(max));
        transport.plan(1, new DeliveryResult.RetryAfter(Duration.ofSeconds(7)));
        q[0].send(answer(1, "hello"));
        q[0].runUntilIdle();
        // Chat 1 had not been written to, so the 429 was the bot's: chat 2 waited as well.
        assertThat(transport.attempts).extracting(Outgoing::chatId).containsExactly(1L, 1L, 2L);
        assertThat(transport.times).containsExactly(T0, T0.plusSeconds(7), T0.plusSeconds(7));
    }

    @Test
    void aBusyChatsOwnRetryAfterHoldsOnlyThatChat() {
        transport.plan(1, new DeliveryResult.Delivered(), new DeliveryResult.RetryAfter(Duration.ofSeconds(5)));
        OutboundQueue q = queue(LIMITS);
        q.send(answer(1, "a"));
        q.send(answer(1, "b"));
        q.send(answer(2, "c"));
        q.send(answer(2, "d"));
        q.runUntilIdle();
        List<Instant> toTwo = new ArrayList<>();
        for (int i = 0; i < transport.attempts.size(); i++) {
            if (transport.attempts.get(i).chatId() == 2) {
                toTwo.add(transport.times.get(i));
            }
        }
        assertThat(toTwo).containsExactly(T0, T0.plusSeconds(1));
        assertThat(transport.times.get(transport.times.size() - 1)).isEqualTo(T0.plusSeconds(6));
    }

    @Test
    void pausesAllSendingWithGrowingBackoffOnServerErrorsAndLosesNothing() {
        transport.plan(1, new DeliveryResult.Failed(true, "502"), new DeliveryResult.Failed(true, "timeout"));
        OutboundQueue q = queue(LIMITS);
        q.send(answer(1, "saved"));
        q.runUntilIdle();
        q.send(answer(2, "after the outage"));
        q.runUntilIdle();
        assertThat(transport.delivered).extracting(o -> o.reply().text()).containsExactly("saved", "after the outage");
        assertThat(transport.times.subList(0, 3)).containsExactly(T0, T0.plusSeconds(1), T0.plusSeconds(3));
        assertThat(q.stats().retried()).isEqualTo(2);
        assertThat(q.stats().dropped()).isZero();
    }

    @Test
    void retriesUntilTheMessagesDeadlineThenDropsAndSettlesIt() {
        for (int i = 0; i < 1000; i++) {
            transport.plan(1, new DeliveryResult.Failed(true, "500"));
            transport.plan(2, new DeliveryResult.RetryAfter(Duration.ofSeconds(1)));
        }
        OutboundQueue q = queue(LIMITS);
        q.send(new Outgoing(1, Reply.text("answer"), Outgoing.Priority.INTERACTIVE, T0.plusSeconds(60)), 11);
        q.send(new Outgoing(2, Reply.text("prompt"), Outgoing.Priority.BULK, T0.plusSeconds(90)), 12);
        q.runUntilIdle();
        assertThat(transport.delivered).isEmpty();
        assertThat(transport.times.get(transport.times.size() - 1)).isBetween(T0.plusSeconds(60), T0.plusSeconds(95));
        assertThat(q.stats().dropped()).isEqualTo(2);
        assertThat(settled).containsExactlyInAnyOrder(11L, 12L);
    }

    @Test
    void leavesWhatIsUnsentAtTheDrainDeadlineInTheDurableOutbox() {
        transport.plan(1, new DeliveryResult.Failed(true, "502"), new DeliveryResult.Failed(true, "502"),
                new DeliveryResult.Failed(true, "502"), new DeliveryResult.Failed(true, "502"));
        OutboundQueue q = queue(LIMITS);
        q.send(answer(1, "kept"), 21);
        q.close();
        assertThat(transport.delivered).isEmpty();
        assertThat(q.stats().deferred()).isEqualTo(1);
        assertThat(settled).as("the row stays for the next start").isEmpty();
    }

    @Test
    void dropsAMessageTelegramRejectsWithoutHoldingUpTheNext() {
        transport.plan(1, new DeliveryResult.Failed(false, "400 bad request"));
        OutboundQueue q = queue(LIMITS);
        q.send(answer(1, "broken"));
        q.send(answer(1, "fine"));
        q.runUntilIdle();
        assertThat(transport.attempts).extracting(o -> o.reply().text()).containsExactly("broken", "fine");
    }

    @Test
    void aTransportExceptionIsRetriedLikeANetworkError() {
        OutboundQueue q = new OutboundQueue(new Transport() {
            int calls;

            @Override
            public DeliveryResult deliver(Outgoing message) {
                if (calls++ == 0) {
                    throw new IllegalStateException("connection reset");
                }
                return transport.deliver(message);
            }
        }, id -> { }, settled::add, clock, LIMITS, Runnable::run, (wake, max) -> clock.advance(max));
        q.send(answer(1, "hi"));
        q.runUntilIdle();
        assertThat(transport.delivered).hasSize(1);
        assertThat(q.stats().retried()).isEqualTo(1);
    }

    @Test
    void aBlockedBotTurnsThatUsersRemindersOffAndDropsTheirMessages() {
        users.update(7, s -> s.withReminder(LocalTime.of(22, 0), true));
        users.update(8, s -> s.withReminder(LocalTime.of(22, 0), true));
        transport.plan(7, new DeliveryResult.Blocked());
        OutboundQueue q = queue(LIMITS);
        q.send(bulk(7, "prompt"));
        q.send(answer(7, "more"));
        q.send(bulk(8, "prompt"));
        q.runUntilIdle();
        assertThat(users.find(7).orElseThrow().remindersOn()).isFalse();
        assertThat(users.find(7).orElseThrow().remindAt()).isEqualTo(LocalTime.of(22, 0));
        assertThat(users.find(8).orElseThrow().remindersOn()).isTrue();
        assertThat(transport.attempts).extracting(Outgoing::chatId).containsExactly(7L, 8L);
        assertThat(q.stats().blocked()).isEqualTo(1);
    }

    @Test
    void closingSendsWhatIsQueuedUntilTheDeadlineThenRefusesMore() {
        OutboundQueue q = queue(LIMITS);
        for (int i = 0; i < 6; i++) {
            q.send(answer(1, "m" + i)); // one chat: one per second, so only three fit in the 3 s deadline
        }
        q.close();
        assertThat(transport.delivered).extracting(o -> o.reply().text()).containsExactly("m0", "m1", "m2");
        assertThat(q.stats().dropped()).isEqualTo(3);
        q.send(answer(2, "late"));
        assertThat(transport.attempts).hasSize(3);
    }

    @Test
    void countsOnlyUnsentBulkPromptsAsBacklog() {
        OutboundQueue q = queue(LIMITS);
        q.send(bulk(1, "p"));
        q.send(bulk(2, "p"));
        q.send(answer(3, "a"));
        assertThat(q.pendingBulk()).isEqualTo(2);
        q.runUntilIdle();
        assertThat(q.pendingBulk()).isZero();
    }

    /** Sends of ten chats, each taking {@code roundTrip}; returns the most that were in flight at once. */
    private int mostInFlight(Duration roundTrip) {
        List<Runnable> started = new ArrayList<>();
        int[] most = {0};
        OutboundQueue q = new OutboundQueue(message -> {
            clock.advance(roundTrip);
            return transport.deliver(message);
        }, chat -> { }, settled::add, clock, LIMITS, started::add, (wake, max) -> {
            // The senders run only here: everything started since the last wait is in flight together.
            most[0] = Math.max(most[0], started.size());
            List<Runnable> now = new ArrayList<>(started);
            started.clear();
            if (now.isEmpty()) {
                clock.advance(max);
            }
            now.forEach(Runnable::run);
        });
        for (int chat = 1; chat <= 10; chat++) {
            q.send(answer(chat, "ответ " + chat));
        }
        q.runUntilIdle();
        assertThat(transport.delivered).hasSize(10);
        return most[0];
    }

    @Test
    void keepsOneSendInFlightWhenOneAtATimeKeepsUpWithTheRateLimit() {
        assertThat(mostInFlight(Duration.ofMillis(10))).isEqualTo(1);
    }

    @Test
    void keepsSeveralInFlightWhenTheRoundTripIsTooSlowForOneAtATime() {
        assertThat(mostInFlight(Duration.ofMillis(200))).as("up to the 4 workers, 30/s × 0.2 s = 6").isEqualTo(4);
    }
}
