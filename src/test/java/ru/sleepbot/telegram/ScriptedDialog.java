package ru.sleepbot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Html;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Outgoing;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.Dialog;
import ru.sleepbot.time.ManualScheduler;

/**
 * A small stand-in for the dialog engine with the shapes the channel must carry: a menu with
 * buttons, an answer that quotes the user (escaped), a follow-up that depends on context, a button
 * press, and a slow routine step (it takes "1.5 s" on the manual scheduler).
 */
final class ScriptedDialog implements Dialog {

    private final ManualScheduler scheduler;
    private final Map<Long, String> topic = new ConcurrentHashMap<>();
    /** Opened when the slow step may finish; the test opens it once typing reached the API. */
    final CountDownLatch slowStepMayFinish = new CountDownLatch(1);
    /** Counted down when a "медленно" message is being handled. */
    final CountDownLatch slowStepStarted = new CountDownLatch(1);

    ScriptedDialog(ManualScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public List<Outgoing> handle(Incoming incoming) {
        long chat = incoming.chat().id();
        return List.of(Outgoing.answer(chat, reply(chat, incoming)));
    }

    private Reply reply(long chat, Incoming incoming) {
        if (incoming instanceof Incoming.Text text) {
            String t = text.text();
            if (t.equals("/start")) {
                return Reply.text("<b>Здравствуйте!</b> Я Дрёма.")
                        .withRow(List.of(new Button("Почему я вздрагиваю?", new ButtonData.Topic("hypnic_jerk", null))))
                        .withRow(List.of(new Button("Вечерний ритуал", new ButtonData.RoutineStart("slow_breathing"))));
            }
            if (t.contains("дёргаюсь")) {
                topic.put(chat, "hypnic_jerk");
                return Reply.text("Вы спросили: «" + Html.escape(t) + "». Это частое явление.")
                        .withRow(List.of(new Button("Это опасно?", new ButtonData.Topic("hypnic_jerk", "is_dangerous"))));
            }
            if (t.equals("а что делать?")) {
                return Reply.text("Что делать: " + topic.getOrDefault(chat, "не знаю тему"));
            }
            if (t.equals("медленно")) {
                slowStepStarted.countDown();
                awaitGate();
                return Reply.text("Готово, медленно.");
            }
            return Reply.text("Ответ на: " + Html.escape(t));
        }
        if (incoming instanceof Incoming.Press press) {
            if (press.data().equals("tp:hypnic_jerk:is_dangerous")) {
                return Reply.text("Обычно не опасно: " + topic.getOrDefault(chat, "?"));
            }
            if (press.data().equals("rt:start:slow_breathing")) {
                scheduler.advance(Duration.ofMillis(1500)); // a slow step: the typing timer fires
                awaitGate();
                return Reply.text("Шаг 1. Сядьте удобно.").withRow(List.of(new Button("Дальше", new ButtonData.RoutineNext("slow_breathing", 0))));
            }
            return Reply.text("Кнопка " + press.data());
        }
        return Reply.text("Я понимаю только текст.");
    }

    private void awaitGate() {
        try {
            if (!slowStepMayFinish.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("slow step was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
