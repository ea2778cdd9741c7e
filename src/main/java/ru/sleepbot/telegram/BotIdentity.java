package ru.sleepbot.telegram;

import java.util.Objects;

/** Who the bot is on Telegram (from getMe): needed to tell mentions of it and replies to it in groups. */
record BotIdentity(long id, String username) {

    BotIdentity {
        Objects.requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("bot username is blank");
        }
        username = username.startsWith("@") ? username.substring(1) : username;
    }
}
