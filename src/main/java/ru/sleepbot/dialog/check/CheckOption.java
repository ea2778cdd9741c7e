package ru.sleepbot.dialog.check;

import java.util.Optional;

/** One possible answer in the symptom check; {@code key} goes into button data and text keys. */
enum CheckOption {
    ADULT("adult"),
    CHILD("child"),
    PREGNANT("pregnant"),
    FALLING_ASLEEP("asleep"),
    NIGHT("night"),
    DAY("day"),
    YES("yes"),
    SOMETIMES("some"),
    NO("no"),
    DONT_KNOW("dunno");

    private final String key;

    CheckOption(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    /** "yes" and "sometimes" both mean the sign is there, at least at times. */
    boolean present() {
        return this == YES || this == SOMETIMES;
    }

    static Optional<CheckOption> fromKey(String key) {
        for (CheckOption option : values()) {
            if (option.key.equals(key)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }
}
