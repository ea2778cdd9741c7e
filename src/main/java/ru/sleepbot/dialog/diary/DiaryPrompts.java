package ru.sleepbot.dialog.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.reminder.PromptWriter;
import ru.sleepbot.store.diary.DiarySettings;
import ru.sleepbot.store.prompt.PromptKind;
import ru.sleepbot.store.prompt.ScheduledPrompt;

/**
 * The diary's own prompts, written when the reminder service has claimed them: the morning
 * question (1–5 buttons for last night, or nothing if it is already recorded) and the Sunday chart
 * (nothing for a week without a single entry).
 */
public final class DiaryPrompts implements PromptWriter {

    private final DiaryKit kit;
    private final DiaryOutputs outputs;
    private final RandomGenerator random;

    DiaryPrompts(DiaryKit kit, DiaryOutputs outputs, RandomGenerator random) {
        this.kit = kit;
        this.outputs = outputs;
        this.random = random;
    }

    @Override
    public Optional<Reply> write(ScheduledPrompt prompt, LocalDate date) {
        long chat = prompt.chatId();
        if (!kit.diary.settings(chat).map(DiarySettings::active).orElse(false)) {
            return Optional.empty();
        }
        if (prompt.kind() == PromptKind.WEEKLY) {
            return outputs.chart(chat, date, DiaryOutputs.WEEK, "weekly_caption").map(r -> r.withRow(List.of(
                    kit.button("insights", new ButtonData.DiaryOpen("insights")),
                    kit.button("month", new ButtonData.DiaryOpen("month")))).withKind("diary_weekly"));
        }
        if (kit.diary.entry(chat, date).filter(e -> !e.isEmpty()).isPresent()) {
            return Optional.empty(); // already recorded this morning: nothing to ask
        }
        List<Button> scores = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            scores.add(new Button(String.valueOf(score), DiaryReplies.step("q", date, String.valueOf(score))));
        }
        return Optional.of(Reply.text(kit.messages.pick("diary.morning_prompt", random)).withRow(scores)
                .withRow(List.of(kit.button("skip", DiaryReplies.step("skip", date, null)))).withKind("diary_morning"));
    }
}
