package ru.sleepbot.telegram;

import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * One update as it came from getUpdates: its id and kind ("message", "callback_query"...), and the
 * update itself, or null when it could not be read (a poison update: logged and skipped).
 */
record Received(long id, String kind, Update update) {

    boolean readable() {
        return update != null;
    }
}
