package ru.sleepbot.dialog.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sleepbot.dialog.routine.RoutineHarness.CONTENT;
import static ru.sleepbot.dialog.routine.RoutineHarness.labels;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Routine;
import ru.sleepbot.content.RoutineStep;
import ru.sleepbot.store.UserSettings;

class RoutineFeatureTest {

    private final RoutineHarness chat = new RoutineHarness();

    @Test
    void listsEveryRoutineWithTitleAndDescription() {
        Reply list = chat.say("/routine").get(0);

        for (Routine routine : CONTENT.routines()) {
            assertThat(list.text()).contains(routine.title()).contains(routine.description());
        }
        assertThat(list.buttons()).extracting(Button::encoded)
                .containsExactlyElementsOf(CONTENT.routines().stream().limit(6).map(r -> "rt:start:" + r.id()).toList());
    }

    @Test
    void theMenuButtonListsTheRoutinesToo() {
        assertThat(chat.press("rt:list").get(0).buttons()).hasSize(Math.min(6, CONTENT.routines().size()));
    }

    @Test
    void offersTheFavouriteFirst() {
        chat.users.update(1L, s -> s.withFavouriteRoutine("baby_bedtime"));

        Reply list = chat.say("/routine").get(0);

        assertThat(list.buttons().get(0).encoded()).isEqualTo("rt:start:baby_bedtime");
        assertThat(list.buttons().get(0).label()).startsWith("★");
        assertThat(list.buttons()).hasSize(Math.min(6, CONTENT.routines().size()));
    }

    @Test
    void completesARoutineByButtonsAndRecordsTheFeeling() {
        Routine breathing = CONTENT.routine("slow_breathing").orElseThrow();
        Reply first = chat.press("rt:start:slow_breathing").get(0);
        assertThat(first.text()).contains("шаг 1 из 6").contains(breathing.steps().get(0).text());
        assertThat(labels(first)).containsExactly("Дальше", "Пауза", "Вести по времени", "Стоп");

        for (int step = 2; step <= 6; step++) {
            Reply shown = chat.tap("Дальше").get(0);
            assertThat(shown.text()).contains("шаг " + step + " из 6").contains(breathing.steps().get(step - 1).text());
        }
        assertThat(labels(chat.lastReply())).contains("Готово");
        Reply question = chat.tap("Готово").get(0);
        assertThat(question.text()).contains("Как вы себя чувствуете?");
        assertThat(labels(question)).containsExactly("1", "2", "3", "4", "5");

        Reply thanks = chat.tap("4").get(0);
        assertThat(chat.users.find(1L)).get().extracting(UserSettings::lastFeeling).isEqualTo(4);
        assertThat(labels(thanks)).contains("Сделать любимым");

        chat.tap("Сделать любимым");
        assertThat(chat.users.find(1L)).get().extracting(UserSettings::favouriteRoutine).isEqualTo("slow_breathing");
        assertThat(chat.say("/routine").get(0).buttons().get(0).encoded()).isEqualTo("rt:start:slow_breathing");
        assertThat(chat.sentTexts()).as("a routine led by buttons sends nothing by itself").isEmpty();
    }

    @Test
    void completesARoutineByTimerWithoutAnyPress() {
        Routine scan = CONTENT.routine("body_scan").orElseThrow();
        chat.press("rt:start:body_scan");
        Reply timed = chat.tap("Вести по времени").get(0);
        assertThat(labels(timed)).contains("Пауза", "Стоп").doesNotContain("Вести по времени");

        int total = scan.steps().stream().mapToInt(RoutineStep::seconds).sum();
        chat.advance(Duration.ofSeconds(total - 1));
        assertThat(chat.sentTexts()).hasSize(scan.steps().size() - 1);
        chat.advance(Duration.ofSeconds(1));

        List<String> sent = chat.sentTexts();
        assertThat(sent).hasSize(scan.steps().size());
        for (int i = 1; i < scan.steps().size(); i++) {
            assertThat(sent.get(i - 1)).contains("шаг " + (i + 1) + " из 8").contains(scan.steps().get(i).text());
        }
        assertThat(sent.get(sent.size() - 1)).contains("Как вы себя чувствуете?");
        assertThat(chat.scheduler.pending()).isZero();

        chat.tap("2");
        assertThat(chat.users.find(1L)).get().extracting(UserSettings::lastFeeling).isEqualTo(2);
    }

    @Test
    void pauseHoldsTheTimerAndContinueRunsTheRestOfTheStep() {
        chat.press("rt:start:body_scan");
        chat.tap("Вести по времени");
        chat.advance(Duration.ofSeconds(30));

        Reply paused = chat.tap("Пауза").get(0);
        assertThat(labels(paused)).containsExactly("Продолжить", "Стоп");
        chat.advance(Duration.ofMinutes(20));
        assertThat(chat.sentTexts()).isEmpty();

        Reply resumed = chat.tap("Продолжить").get(0);
        assertThat(resumed.text()).contains("шаг 1 из 8").contains("15 с");
        chat.advance(Duration.ofSeconds(15));
        assertThat(chat.sentTexts()).singleElement().asString().contains("шаг 2 из 8");
    }

    @Test
    void stoppedHalfWayCancelsTheTimerAndOldButtonsGetAKindReply() {
        chat.press("rt:start:body_scan");
        chat.tap("Дальше");
        chat.tap("Дальше");
        chat.tap("Вести по времени");
        Button oldNext = chat.button("Дальше");

        Reply stopped = chat.tap("Стоп").get(0);
        assertThat(stopped.text()).contains("шаге 3 из 8");
        assertThat(chat.scheduler.pending()).isZero();
        chat.advance(Duration.ofHours(1));
        assertThat(chat.sentTexts()).isEmpty();

        Reply stale = chat.press(oldNext.encoded()).get(0);
        assertThat(stale.text()).contains("уже не идёт");
        assertThat(stale.buttons()).extracting(Button::encoded).containsExactly("rt:list");
    }

    @Test
    void startingAnotherRoutineHalfWayPausesTheFirstAndAsks() {
        chat.press("rt:start:body_scan");
        chat.tap("Дальше");
        chat.tap("Вести по времени");

        Reply ask = chat.press("rt:start:slow_breathing").get(0);
        assertThat(ask.text()).contains("Сканирование тела").contains("шаг 2 из 8").contains("Медленное дыхание");
        assertThat(labels(ask)).containsExactly("Начать новый", "Вернуться к ритуалу");
        chat.advance(Duration.ofMinutes(5));
        assertThat(chat.sentTexts()).as("the first routine waits").isEmpty();

        Reply other = chat.tap("Начать новый").get(0);
        assertThat(other.text()).contains("Медленное дыхание").contains("шаг 1 из 6");
        chat.advance(Duration.ofMinutes(5));
        assertThat(chat.sentTexts()).as("the first routine's timer is gone").isEmpty();
    }

    @Test
    void goingBackFromTheQuestionAboutAnotherRoutineContinuesTheFirst() {
        chat.press("rt:start:body_scan");
        chat.tap("Дальше");

        chat.press("rt:start:slow_breathing");
        Reply back = chat.tap("Вернуться к ритуалу").get(0);

        assertThat(back.text()).contains("Сканирование тела").contains("шаг 2 из 8");
        assertThat(chat.tap("Дальше").get(0).text()).contains("шаг 3 из 8");
    }

    @Test
    void aQuestionMidRoutineIsAnsweredAndTheRoutineWaitsWithAWayBack() {
        chat.press("rt:start:body_scan");
        chat.tap("Вести по времени");

        List<Reply> answer = chat.say("а почему меня вообще дёргает?");
        assertThat(answer.get(0).text()).isEqualTo("ANSWER");
        assertThat(labels(chat.lastReply())).containsExactly("Вернуться к ритуалу");
        chat.advance(Duration.ofMinutes(10));
        assertThat(chat.sentTexts()).isEmpty();

        assertThat(chat.say("а ещё вопрос").get(0).buttons()).as("offered once, on the answer that paused it").isEmpty();
        Reply back = chat.press("rt:resume").get(0);
        assertThat(back.text()).contains("шаг 1 из 8");
        chat.advance(Duration.ofSeconds(45));
        assertThat(chat.sentTexts()).singleElement().asString().contains("шаг 2 из 8");
    }

    @Test
    void anotherFlowTakingOverPausesTheRoutineWithAWayBack() {
        chat.press("rt:start:body_scan");
        chat.tap("Вести по времени");

        chat.say("/check");

        assertThat(chat.lastReply().text()).isEqualTo("CHECK QUESTION 1");
        assertThat(labels(chat.lastReply())).containsExactly("Вернуться к ритуалу");
        chat.advance(Duration.ofMinutes(10));
        assertThat(chat.sentTexts()).isEmpty();
    }

    @Test
    void typedWordsWorkLikeTheButtons() {
        chat.press("rt:start:body_scan");

        assertThat(chat.say("Дальше!").get(0).text()).contains("шаг 2 из 8");
        assertThat(labels(chat.say("пауза").get(0))).contains("Продолжить");
        assertThat(chat.say("продолжить").get(0).text()).contains("шаг 2 из 8");
        assertThat(chat.say("стоп").get(0).text()).contains("остановились");
    }

    @Test
    void cancelStopsTheRoutineAndItsTimer() {
        chat.press("rt:start:body_scan");
        chat.tap("Вести по времени");

        chat.say("/cancel");

        assertThat(chat.scheduler.pending()).isZero();
        chat.advance(Duration.ofHours(1));
        assertThat(chat.sentTexts()).isEmpty();
        assertThat(chat.press("rt:resume").get(0).text()).contains("уже закончился");
    }

    @Test
    void cancelStopsAParkedRoutineToo() {
        chat.press("rt:start:body_scan");
        chat.say("вопрос не про ритуал");

        chat.say("/cancel");

        assertThat(chat.scheduler.pending()).isZero();
        assertThat(chat.press("rt:resume").get(0).text()).contains("уже закончился");
    }

    @Test
    void aPressForAStepTheTimerAlreadyLeftDoesNotMoveOnTwice() {
        chat.press("rt:start:body_scan");
        chat.tap("Вести по времени");
        Button firstStepNext = chat.button("Дальше");
        chat.advance(Duration.ofSeconds(45));
        assertThat(chat.sentTexts()).singleElement().asString().contains("шаг 2 из 8");

        Reply late = chat.press(firstStepNext.encoded()).get(0);

        assertThat(late.text()).contains("уже позади").contains("шаг 2 из 8");
        assertThat(chat.tap("Дальше").get(0).text()).contains("шаг 3 из 8");
    }

    @Test
    void theRemindersButtonForTheRoutineUnderWayContinuesIt() {
        chat.press("rt:start:body_scan");
        chat.tap("Дальше");

        assertThat(chat.press("rt:start:body_scan").get(0).text()).contains("шаг 2 из 8");
    }

    @Test
    void feelingsAreKeptPerUser() {
        RoutineHarness other = new RoutineHarness(2L);
        chat.press("rt:feel:body_scan:5");
        other.press("rt:feel:warm_wind_down:1");

        assertThat(chat.users.find(1L)).get().extracting(UserSettings::lastFeeling).isEqualTo(5);
        assertThat(other.users.find(2L)).get().extracting(UserSettings::lastFeeling).isEqualTo(1);
        assertThat(other.lastReply().text()).contains("/check");
    }

    @Test
    void pressesFromBeforeARestartGetAKindReply() {
        for (String data : List.of("rt:next:body_scan:3", "rt:pause", "rt:stop", "rt:auto:body_scan", "rt:resume",
                "rt:start:no_such_routine", "rt:feel:body_scan:9", "rt:next:body_scan:x", "rt:dance", "rt:")) {
            Reply reply = chat.press(data).get(0);
            assertThat(reply.text()).as(data).doesNotContain("что-то пошло не так");
            assertThat(reply.buttons()).as(data).isNotEmpty();
        }
    }
}
