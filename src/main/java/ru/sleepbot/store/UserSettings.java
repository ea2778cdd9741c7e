package ru.sleepbot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Everything kept about one chat. Nullable fields mean "not set".
 *
 * @param remindAt          local time of the evening prompt, null when never set
 * @param remindersOn       false when paused or stopped
 * @param snoozedUntil      a snoozed prompt is due again at this instant
 * @param favouriteRoutine  routine id offered first
 * @param lastFeeling       the 1..5 score after the last routine
 * @param storeTextConsent  the user agreed that unrecognized questions are kept as text
 * @param lastPromptDate    the user's local date of the last evening prompt (once per day)
 */
public record UserSettings(
        long chatId,
        ZoneId zone,
        LocalTime remindAt,
        boolean remindersOn,
        Instant snoozedUntil,
        String favouriteRoutine,
        Integer lastFeeling,
        boolean storeTextConsent,
        LocalDate lastPromptDate) {

    public UserSettings {
        Objects.requireNonNull(zone, "zone");
    }

    /** A new user: default zone, no reminder, nothing agreed. */
    public static UserSettings defaults(long chatId, ZoneId zone) {
        return new UserSettings(chatId, zone, null, false, null, null, null, false, null);
    }

    public UserSettings withZone(ZoneId value) {
        return new UserSettings(chatId, value, remindAt, remindersOn, snoozedUntil, favouriteRoutine, lastFeeling,
                storeTextConsent, lastPromptDate);
    }

    public UserSettings withReminder(LocalTime at, boolean on) {
        return new UserSettings(chatId, zone, at, on, snoozedUntil, favouriteRoutine, lastFeeling,
                storeTextConsent, lastPromptDate);
    }

    public UserSettings withSnoozedUntil(Instant value) {
        return new UserSettings(chatId, zone, remindAt, remindersOn, value, favouriteRoutine, lastFeeling,
                storeTextConsent, lastPromptDate);
    }

    public UserSettings withFavouriteRoutine(String value) {
        return new UserSettings(chatId, zone, remindAt, remindersOn, snoozedUntil, value, lastFeeling,
                storeTextConsent, lastPromptDate);
    }

    public UserSettings withLastFeeling(Integer value) {
        return new UserSettings(chatId, zone, remindAt, remindersOn, snoozedUntil, favouriteRoutine, value,
                storeTextConsent, lastPromptDate);
    }

    public UserSettings withStoreTextConsent(boolean value) {
        return new UserSettings(chatId, zone, remindAt, remindersOn, snoozedUntil, favouriteRoutine, lastFeeling,
                value, lastPromptDate);
    }

    public UserSettings withLastPromptDate(LocalDate value) {
        return new UserSettings(chatId, zone, remindAt, remindersOn, snoozedUntil, favouriteRoutine, lastFeeling,
                storeTextConsent, value);
    }
}
