package ru.sleepbot.safety;

import java.util.List;
import java.util.Objects;

/** A sign of {@code intents/safety/}: its id, its level and the rules any one of which shows it. */
record Sign(String id, Level level, List<Rule> rules) {

    Sign {
        Objects.requireNonNull(id, "sign id");
        Objects.requireNonNull(level, "level of " + id);
        rules = List.copyOf(rules);
        if (level == Level.ROUTINE || rules.isEmpty()) {
            throw new IllegalArgumentException("sign " + id + " needs a level above none and at least one rule");
        }
    }
}
