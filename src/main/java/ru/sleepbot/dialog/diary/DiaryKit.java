package ru.sleepbot.dialog.diary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Messages;
import ru.sleepbot.diary.ChartRenderer;
import ru.sleepbot.diary.DataExport;
import ru.sleepbot.diary.DiaryReader;
import ru.sleepbot.diary.Fonts;
import ru.sleepbot.diary.ReportRenderer;
import ru.sleepbot.diary.RuDates;
import ru.sleepbot.diary.Wording;
import ru.sleepbot.reminder.ZoneChoices;
import ru.sleepbot.safety.Assessment;
import ru.sleepbot.store.UserStore;
import ru.sleepbot.store.diary.DiaryStore;
import ru.sleepbot.store.prompt.PromptStore;

/** What every part of the diary's conversation uses: content, stores, clock, the user's zone and day, renderers. */
final class DiaryKit {

    final KnowledgeBase knowledge;
    final Messages messages;
    final UserStore users;
    final DiaryStore diary;
    final PromptStore prompts;
    final Function<Assessment, List<Reply>> alarms;
    final Clock clock;
    final RuDates dates;
    final Wording words;
    final DataExport export;
    final DiaryReader reader;
    /** The renderers, made at the first chart or PDF: loading the font takes about a second, kept off start-up. */
    private volatile Drawing drawing;

    DiaryKit(KnowledgeBase knowledge, DiaryFeature.Stores stores, Function<Assessment, List<Reply>> alarms,
             Clock clock) {
        this.knowledge = knowledge;
        this.messages = knowledge.messages();
        this.users = stores.users();
        this.diary = stores.diary();
        this.prompts = stores.prompts();
        this.alarms = alarms;
        this.clock = clock;
        this.dates = new RuDates(messages);
        this.words = new Wording(messages);
        this.export = new DataExport(users, diary, prompts, stores.misses());
        this.reader = new DiaryReader(diary);
    }

    private record Drawing(ChartRenderer charts, ReportRenderer reports) {
    }

    private Drawing drawing() {
        Drawing made = drawing;
        if (made == null) {
            synchronized (this) {
                made = drawing;
                if (made == null) {
                    Fonts fonts = Fonts.load();
                    ChartRenderer charts = new ChartRenderer(fonts, messages);
                    made = new Drawing(charts, new ReportRenderer(fonts, knowledge, charts));
                    drawing = made;
                }
            }
        }
        return made;
    }

    ChartRenderer charts() {
        return drawing().charts();
    }

    ReportRenderer reports() {
        return drawing().reports();
    }

    /** The user's zone, the same one the evening reminder uses (the default for someone new). */
    ZoneId zone(long chatId) {
        return users.find(chatId).map(s -> s.zone()).orElseGet(() -> users.update(chatId, s -> s).zone());
    }

    /** The user's local date at {@code now}: the night "to" this morning. */
    LocalDate today(long chatId, Instant now) {
        return LocalDate.ofInstant(now, zone(chatId));
    }

    /** "Москва" for a zone with a button, "UTC+05:00" or its id otherwise. */
    String zoneName(ZoneId zone) {
        return ZoneChoices.keyOf(zone).map(k -> messages.text("reminder.zone." + k)).orElse(ZoneChoices.plainName(zone));
    }

    boolean keepsDiary(long chatId) {
        return diary.settings(chatId).isPresent();
    }

    String text(String key) {
        return messages.text("diary." + key);
    }

    String text(String key, Map<String, ?> values) {
        return messages.text("diary." + key, values);
    }

    Button button(String key, ButtonData data) {
        return new Button(ru.sleepbot.chat.Html.toPlain(text("button." + key)), data);
    }
}
