package ru.sleepbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FloodGateTest {

    private static final long SPAMMER = 111;
    private static final long CALM = 222;

    private final Map<Long, Integer> waiting = new HashMap<>();
    private final List<Long> told = new ArrayList<>();
    private final List<String> released = new ArrayList<>();
    private final FloodGate gate = new FloodGate(chat -> waiting.getOrDefault(chat, 0), told::add, released::add,
            text -> text.contains("не дышит"), 5);

    private static Received text(int id, long chat) {
        return new Received(id, "message", TelegramJson.privateText(id, chat, "m" + id));
    }

    @Test
    void answersOnlyTheNewestMessagesOfAFloodingChatAndLeavesOthersAlone() {
        List<Received> batch = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            batch.add(text(i, SPAMMER));
            if (i % 10 == 0) {
                batch.add(text(100 + i, CALM));
            }
        }
        waiting.put(SPAMMER, 2);

        List<Received> admitted = gate.admit(batch);

        assertThat(admitted).extracting(Received::id).containsExactly(110L, 120L, 130L, 38L, 39L, 40L, 140L);
        assertThat(told).containsExactly(SPAMMER);
    }

    @Test
    void tellsAFloodingChatOnlyOnceAMinuteAndSkipsAllWhileItsQueueIsFull() {
        waiting.put(SPAMMER, 9);
        assertThat(gate.admit(List.of(text(1, SPAMMER), text(2, SPAMMER)))).isEmpty();
        assertThat(gate.admit(List.of(text(3, SPAMMER)))).isEmpty();
        assertThat(told).containsExactly(SPAMMER);
        waiting.put(SPAMMER, 0);
        assertThat(gate.admit(List.of(text(4, SPAMMER)))).extracting(Received::id).containsExactly(4L);
    }

    @Test
    void keepsEveryTapOfACheckInWhileAnswersAreStillWaiting() {
        waiting.put(CALM, 4);
        List<Received> taps = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            taps.add(new Received(i, "callback_query", TelegramJson.press(i, CALM, "dy:f:20261126:f" + i)));
        }

        assertThat(gate.admit(taps)).isEqualTo(taps);
        assertThat(told).isEmpty();
        assertThat(released).isEmpty();
    }

    @Test
    void skipsTheOlderPressesOfAFloodOfPressesOnly() {
        List<Received> presses = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            presses.add(new Received(i, "callback_query", TelegramJson.press(i, SPAMMER, "x" + i)));
        }

        assertThat(gate.admit(presses)).extracting(Received::id).hasSize(5 * FloodGate.PRESS_ROOM_FACTOR)
                .endsWith(50L);
        assertThat(told).containsExactly(SPAMMER);
        assertThat(released).as("the spinners of the skipped presses are stopped").hasSize(50 - 20);
    }

    @Test
    void neverSkipsAnAlarmingMessageInABurst() {
        waiting.put(SPAMMER, 9);
        Received alarm = new Received(3, "message", TelegramJson.privateText(3, SPAMMER, "он не дышит"));
        List<Received> burst = List.of(text(1, SPAMMER), text(2, SPAMMER), alarm, text(4, SPAMMER));

        assertThat(gate.admit(burst)).containsExactly(alarm);
    }

    @Test
    void passesUnreadableUpdatesThroughToBeConfirmed() {
        List<Received> batch = List.of(new Received(7, "message", null), text(8, CALM));
        assertThat(gate.admit(batch)).isEqualTo(batch);
    }
}
