package ru.sleepbot.chat;

import java.util.Objects;

/** An inline button: a label the user sees and what pressing it asks for ({@link ButtonCodec} writes it). */
public record Button(String label, ButtonData data) {

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(data, "data");
        if (label.isBlank()) {
            throw new IllegalArgumentException("button label is blank (data " + data + ")");
        }
    }

    /** The string Telegram carries for this button. */
    public String encoded() {
        return ButtonCodec.encode(data);
    }
}
