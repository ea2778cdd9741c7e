package ru.sleepbot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.store.UserSettings;

class PromptComposerTest {

    private final KnowledgeBase content = TestContent.withRoutines();
    private final PromptComposer composer = new PromptComposer(content, new SplittableRandom(1));
    private final UserSettings user = UserSettings.defaults(1, ZoneId.of("Europe/Moscow"));

    @Test
    void offersTheFavouriteRoutineFirstThenTheListAndTheSnooze() {
        Reply prompt = composer.prompt(user.withFavouriteRoutine("body_scan"), false);
        assertThat(prompt.buttons()).extracting(Button::encoded).containsExactly("rt:start:body_scan", "rt:list", "rm:snooze");
        assertThat(prompt.buttons().get(0).label()).contains("Сканирование тела");
        assertThat(prompt.buttons().get(2).label()).isEqualTo("Отложить на 15 минут");
    }

    @Test
    void offersTheFirstRoutineWhenNoFavouriteOrAnUnknownOne() {
        assertThat(composer.prompt(user, false).buttons().get(0).encoded()).isEqualTo("rt:start:breathing");
        assertThat(composer.prompt(user.withFavouriteRoutine("gone"), false).buttons().get(0).encoded())
                .isEqualTo("rt:start:breathing");
    }

    @Test
    void variesTheWordingFromEveningToEvening() {
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            texts.add(composer.prompt(user, false).text());
        }
        assertThat(texts).hasSizeGreaterThan(3);
        assertThat(content.messages().variants("reminder.prompt")).containsAll(texts);
        assertThat(content.messages().variants("reminder.prompt_again")).contains(composer.prompt(user, true).text());
    }
}
