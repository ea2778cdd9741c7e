package ru.sleepbot.dialog.check;

import java.util.List;
import java.util.Optional;

/** A question of the symptom check and the answers it offers as buttons. */
enum CheckStep {
    WHO("who", List.of(CheckOption.ADULT, CheckOption.CHILD, CheckOption.PREGNANT)),
    WHEN("when", List.of(CheckOption.FALLING_ASLEEP, CheckOption.NIGHT, CheckOption.DAY)),
    PAIN("pain", Constants.YES_NO),
    LEGS("legs", Constants.YES_NO),
    BREATHING("breath", Constants.YES_NO),
    WARNING("warn", List.of(CheckOption.YES, CheckOption.NO, CheckOption.DONT_KNOW));

    private final String key;
    private final List<CheckOption> options;

    CheckStep(String key, List<CheckOption> options) {
        this.key = key;
        this.options = options;
    }

    String key() {
        return key;
    }

    List<CheckOption> options() {
        return options;
    }

    static Optional<CheckStep> fromKey(String key) {
        for (CheckStep step : values()) {
            if (step.key.equals(key)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** Enum constants cannot refer to a static field of their own enum in their arguments. */
    private static final class Constants {
        static final List<CheckOption> YES_NO = List.of(CheckOption.YES, CheckOption.SOMETIMES, CheckOption.NO,
                CheckOption.DONT_KNOW);
    }
}
