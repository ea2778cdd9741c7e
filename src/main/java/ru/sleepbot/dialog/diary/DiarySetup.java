package ru.sleepbot.dialog.diary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.nlu.Utterance;
import ru.sleepbot.reminder.TimeParser;
import ru.sleepbot.store.diary.DiarySettings;
import ru.sleepbot.store.diary.DiaryStore;
import ru.sleepbot.store.prompt.PromptStore;
import ru.sleepbot.store.prompt.PromptKind;

/**
 * Starting, moving and stopping the diary: /diary shows what it keeps and asks the morning time;
 * the time, in the zone the evening reminder uses, schedules the morning check-in and the Sunday
 * chart; stopping ends both prompts and keeps the records (deleting them is /forget).
 */
final class DiarySetup {

    private final DiaryKit kit;
    private final DiaryReplies replies;

    DiarySetup(DiaryKit kit, DiaryReplies replies) {
        this.kit = kit;
        this.replies = replies;
    }

    /** /diary: the menu of a running diary, or what the diary is and the question of the time. */
    List<Reply> open(Turn turn) {
        long chat = turn.chat().id();
        Optional<DiarySettings> settings = kit.diary.settings(chat).filter(DiarySettings::active);
        ZoneId zone = kit.zone(chat);
        if (settings.isEmpty()) {
            return List.of(replies.intro(zone, null));
        }
        return List.of(replies.menu(kit.diary.countEntries(chat), settings.get().checkinAt(), zone,
                kit.today(chat, turn.now())));
    }

    /** The morning time chosen: starts the diary, or moves its question. */
    List<Reply> at(Turn turn, LocalTime time) {
        long chat = turn.chat().id();
        ZoneId zone = kit.zone(chat);
        LocalDate today = kit.today(chat, turn.now());
        Optional<DiarySettings> before = kit.diary.settings(chat);
        boolean running = before.map(DiarySettings::active).orElse(false);
        DiarySettings after = before.map(s -> s.withCheckin(time, true))
                .orElseGet(() -> new DiarySettings(chat, time, true, false, today));
        kit.diary.saveSettings(after);
        kit.prompts.schedule(chat, PromptKind.MORNING, zone, time, true);
        kit.prompts.schedule(chat, PromptKind.WEEKLY, zone, time, true);
        turn.session().close();
        if (running) {
            return List.of(replies.plainText("time_changed", Map.of("time", TimeParser.format(time),
                    "zone", kit.zoneName(zone)), "diary_on " + TimeParser.format(time) + " " + zone.getId()));
        }
        return List.of(replies.started(time, zone, today));
    }

    List<Reply> askTime(Turn turn) {
        turn.session().open(new DiaryFlow.Time());
        return List.of(replies.plainText("ask_time", "diary_ask_time"));
    }

    /** A typed time; a long message that is no time is read as usual. */
    Optional<List<Reply>> typedTime(Turn turn, Utterance said) {
        Optional<LocalTime> time = MorningTime.parse(said.raw());
        if (time.isPresent()) {
            return Optional.of(at(turn, time.get()));
        }
        if (said.size() <= 4) {
            return Optional.of(List.of(replies.plainText("bad_time", "diary_ask_time")));
        }
        turn.session().close();
        return Optional.empty();
    }

    List<Reply> stop(Turn turn) {
        if (!stop(kit.diary, kit.prompts, turn.chat().id())) {
            return open(turn);
        }
        return List.of(replies.plainText("stopped", "diary_stopped"));
    }

    /** Stops a running diary and its prompts, keeping its records and times; false when none was running. */
    static boolean stop(DiaryStore diary, PromptStore prompts, long chat) {
        Optional<DiarySettings> settings = diary.settings(chat);
        if (settings.isEmpty() || !settings.get().active()) {
            return false;
        }
        diary.saveSettings(settings.get().withCheckin(settings.get().checkinAt(), false));
        prompts.stopAll(chat);
        return true;
    }
}
