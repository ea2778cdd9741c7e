package ru.sleepbot.outbound;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import ru.sleepbot.chat.Outgoing;

/**
 * The queue's bookkeeping of chats: each chat's lane is idle, waiting for its own next allowed
 * time, ready (answers' lanes ahead of bulk-only lanes, oldest first), or in flight. Not
 * thread-safe: the outbound queue's lock guards it.
 */
final class Lanes {

    private final Map<Long, Lane> lanes = new HashMap<>();
    private final PriorityQueue<Lane> waiting = new PriorityQueue<>(
            Comparator.comparing((Lane l) -> l.notBefore).thenComparingLong(Lane::headSeq));
    /** Ready lanes, oldest head message first, so a retried message keeps its place in line. */
    private final PriorityQueue<Lane> readyInteractive = new PriorityQueue<>(Comparator.comparingLong(Lane::headSeq));
    private final PriorityQueue<Lane> readyBulk = new PriorityQueue<>(Comparator.comparingLong(Lane::headSeq));
    /** Empty lanes still inside their per-chat gap, soonest first; forgotten once it has passed. */
    private final PriorityQueue<Lane> cooling = new PriorityQueue<>(Comparator.comparing((Lane l) -> l.notBefore));
    private long sequence;
    private int queued;
    private int queuedBulk;

    /** Queues a message behind the chat's earlier ones. */
    void add(Outgoing message, long rowId, Instant deadline, Instant now) {
        Lane lane = lanes.computeIfAbsent(message.chatId(), Lane::new);
        Lane.Item item = new Lane.Item(message, sequence++, rowId, deadline);
        lane.items.addLast(item);
        count(lane, item, +1);
        if (lane.place == Lane.Place.COOLING) {
            cooling.remove(lane);
            lane.place = Lane.Place.IDLE;
        }
        if (item.interactive() && lane.place == Lane.Place.READY_BULK) {
            readyBulk.remove(lane); // an answer lifts the whole chat ahead of bulk prompts
            lane.place = Lane.Place.IDLE;
        }
        if (lane.place == Lane.Place.IDLE) {
            place(lane, now);
        }
    }

    /** Moves lanes whose wait is over to the ready sets. */
    void promote(Instant now) {
        while (!cooling.isEmpty() && !cooling.peek().notBefore.isAfter(now)) {
            Lane lane = cooling.poll();
            lane.place = Lane.Place.IDLE;
            lanes.remove(lane.chatId);
        }
        while (!waiting.isEmpty() && !waiting.peek().notBefore.isAfter(now)) {
            Lane lane = waiting.poll();
            lane.place = Lane.Place.IDLE;
            place(lane, now);
        }
    }

    boolean hasReady() {
        return !readyInteractive.isEmpty() || !readyBulk.isEmpty();
    }

    /** Takes the next message to send (answers first) and marks its lane in flight. */
    Lane.Item startNext(Instant now) {
        Lane lane = readyInteractive.isEmpty() ? readyBulk.poll() : readyInteractive.poll();
        Lane.Item item = lane.items.pollFirst();
        count(lane, item, -1);
        lane.place = Lane.Place.IN_FLIGHT;
        item.lane = lane;
        item.previousStart = lane.lastStart;
        item.startedAt = now;
        lane.lastStart = now;
        return item;
    }

    /** When the earliest waiting lane may send, or null. */
    Instant nextWaiting() {
        return waiting.isEmpty() ? null : waiting.peek().notBefore;
    }

    /** Puts a message back at the head of its chat (to be tried again). */
    void requeue(Lane.Item item) {
        item.lane.items.addFirst(item);
        count(item.lane, item, +1);
    }

    /** Drops everything queued for the chat; returns what it was. */
    List<Lane.Item> clear(Lane lane) {
        List<Lane.Item> dropped = new ArrayList<>(lane.items);
        lane.items.forEach(i -> count(lane, i, -1));
        lane.items.clear();
        return dropped;
    }

    /** Messages queued for the chat and not yet sent. */
    int queuedFor(long chatId) {
        Lane lane = lanes.get(chatId);
        return lane == null ? 0 : lane.items.size();
    }

    /** Drops everything queued; returns what it was. */
    List<Lane.Item> clearAll() {
        List<Lane.Item> dropped = new ArrayList<>();
        lanes.values().forEach(l -> dropped.addAll(l.items));
        lanes.values().forEach(l -> l.items.clear());
        lanes.clear();
        waiting.clear();
        readyInteractive.clear();
        readyBulk.clear();
        cooling.clear();
        queued = 0;
        queuedBulk = 0;
        return dropped;
    }

    /**
     * Puts a lane that is not in any set where it belongs now: cooling or gone when empty, waiting,
     * or ready. An empty lane must remember its next allowed time: the next answer to a chat usually
     * comes after its queue emptied, and Telegram still counts the previous message against it.
     */
    void place(Lane lane, Instant now) {
        if (lane.items.isEmpty()) {
            if (lane.notBefore.isAfter(now)) {
                lane.place = Lane.Place.COOLING;
                cooling.add(lane);
            } else {
                lane.place = Lane.Place.IDLE;
                lanes.remove(lane.chatId);
            }
        } else if (lane.notBefore.isAfter(now)) {
            lane.place = Lane.Place.WAITING;
            waiting.add(lane);
        } else if (lane.urgent()) {
            lane.place = Lane.Place.READY_INTERACTIVE;
            readyInteractive.add(lane);
        } else {
            lane.place = Lane.Place.READY_BULK;
            readyBulk.add(lane);
        }
    }

    int queued() {
        return queued;
    }

    int queuedBulk() {
        return queuedBulk;
    }

    private void count(Lane lane, Lane.Item item, int delta) {
        queued += delta;
        if (item.interactive()) {
            lane.interactive += delta;
        } else {
            queuedBulk += delta;
        }
    }
}
