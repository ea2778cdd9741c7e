package ru.sleepbot.outbound;

import java.time.Duration;
import java.util.concurrent.locks.Condition;

/**
 * How the queue's dispatcher waits for its next send slot. Production parks on the queue's
 * condition (woken early by new messages and finished sends); tests move a fake clock instead.
 */
@FunctionalInterface
interface Waiter {

    Waiter PARK = (wake, max) -> wake.awaitNanos(max.toNanos());

    /** Waits at most {@code max}, or until {@code wake} is signalled; called with the queue's lock held. */
    void await(Condition wake, Duration max) throws InterruptedException;
}
