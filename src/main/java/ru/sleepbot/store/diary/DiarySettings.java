package ru.sleepbot.store.diary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A user's sleep diary settings.
 *
 * @param checkinAt   local time of the morning check-in (in the user's zone, the one the evening reminder uses)
 * @param active      false once the user stopped the diary (what was recorded is kept until /forget)
 * @param noteConsent the user agreed that notes in their own words are stored
 * @param startedOn   the local date the diary was started
 */
public record DiarySettings(long chatId, LocalTime checkinAt, boolean active, boolean noteConsent, LocalDate startedOn) {

    public DiarySettings {
        Objects.requireNonNull(checkinAt, "checkinAt");
        Objects.requireNonNull(startedOn, "startedOn");
    }

    public DiarySettings withCheckin(LocalTime at, boolean on) {
        return new DiarySettings(chatId, at, on, noteConsent, startedOn);
    }

    public DiarySettings withNoteConsent(boolean value) {
        return new DiarySettings(chatId, checkinAt, active, value, startedOn);
    }
}
