package ru.sleepbot.chat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The diary's part of {@link ButtonCodec}: {@code dy:week}, {@code dy:at:08:00}, {@code dy:q:20261126:4}. */
final class DiaryButtons {

    private static final DateTimeFormatter NIGHT = DateTimeFormatter.BASIC_ISO_DATE;

    private DiaryButtons() {
    }

    static String write(ButtonData.Diary data) {
        if (data instanceof ButtonData.DiaryOpen open) {
            return "dy:" + open.screen();
        }
        if (data instanceof ButtonData.DiaryAt at) {
            return String.format("dy:at:%02d:%02d", at.time().getHour(), at.time().getMinute());
        }
        ButtonData.DiaryStep step = (ButtonData.DiaryStep) data;
        return "dy:" + step.step() + ":" + NIGHT.format(step.night()) + step.valueKey().map(v -> ":" + v).orElse("");
    }

    /** Null for anything that is not a diary button of this version. */
    static ButtonData read(String[] p) {
        if (p.length == 2) {
            return ButtonData.DiaryOpen.SCREENS.contains(p[1]) ? new ButtonData.DiaryOpen(p[1]) : null;
        }
        if (p.length == 4 && "at".equals(p[1]) && p[2].matches("\\d{2}") && p[3].matches("\\d{2}")) {
            return new ButtonData.DiaryAt(LocalTime.parse(p[2] + ":" + p[3]));
        }
        if ((p.length == 3 || p.length == 4) && ButtonData.DiaryStep.STEPS.contains(p[1]) && p[2].matches("\\d{8}")) {
            return new ButtonData.DiaryStep(p[1], LocalDate.parse(p[2], NIGHT), p.length == 4 ? p[3] : null);
        }
        return null;
    }
}
