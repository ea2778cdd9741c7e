package ru.sleepbot.store.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The sleep diary: who keeps one, the nights recorded, and what joins them by itself (routines
 * done, warning signs triage found, the last symptom check). All of it is health data, kept only
 * for users who started a diary; notes only with their separate consent. Every table of it names
 * the person in {@code chat_id}, so /forget (the user store's {@code forget}) deletes it
 * with everything else. Thread-safe; each call joins the unit of work open on its thread.
 */
public interface DiaryStore {

    Optional<DiarySettings> settings(long chatId);

    void saveSettings(DiarySettings settings);

    Optional<DiaryEntry> entry(long chatId, LocalDate night);

    /** Stores the night as given, replacing what was stored for it; an empty entry deletes the night. */
    void saveEntry(long chatId, DiaryEntry entry);

    /** Nights from {@code from} to {@code to}, both included, in date order. */
    List<DiaryEntry> entries(long chatId, LocalDate from, LocalDate to);

    /** How many nights were recorded in all. */
    int countEntries(long chatId);

    /** Keeps the routine of an evening (the last one that evening wins); a null feeling keeps a rating already given. */
    void recordRoutine(long chatId, RoutineDone routine);

    List<RoutineDone> routines(long chatId, LocalDate from, LocalDate to);

    void recordSign(long chatId, SignNoted sign);

    List<SignNoted> signs(long chatId, LocalDate from, LocalDate to);

    void saveCheck(long chatId, CheckRecord check);

    Optional<CheckRecord> lastCheck(long chatId);
}
