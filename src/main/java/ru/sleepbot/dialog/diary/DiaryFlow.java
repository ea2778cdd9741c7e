package ru.sleepbot.dialog.diary;

import java.time.LocalDate;
import java.util.Objects;
import ru.sleepbot.dialog.FlowState;

/** The diary's open questions, so that a typed answer reaches it first. Buttons carry their own night. */
sealed interface DiaryFlow extends FlowState {

    /** A check-in question on screen: {@code step} is "q", "j" or "f" (quality, jerks, evening). */
    record CheckIn(LocalDate night, String step) implements DiaryFlow {
        public CheckIn {
            Objects.requireNonNull(night, "night");
            Objects.requireNonNull(step, "step");
        }
    }

    /** Waiting for a note in the user's words (consent given). */
    record Note(LocalDate night) implements DiaryFlow {
        public Note {
            Objects.requireNonNull(night, "night");
        }
    }

    /** Waiting for the morning time typed ("7:30"). */
    record Time() implements DiaryFlow {
    }

    /** Waiting for a past day typed ("24.11", "позавчера"). */
    record Day() implements DiaryFlow {
    }
}
