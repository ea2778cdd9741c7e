package ru.sleepbot.chat;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** An inline button: a label the user sees and the short Latin data the bot gets back. */
public record Button(String label, String data) {

    /** Telegram rejects callback data longer than this many bytes. */
    public static final int MAX_DATA_BYTES = 64;

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(data, "data");
        if (label.isBlank()) {
            throw new IllegalArgumentException("button label is blank (data " + data + ")");
        }
        if (data.isEmpty() || data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("button data must be 1.." + MAX_DATA_BYTES + " bytes: " + data);
        }
    }
}
