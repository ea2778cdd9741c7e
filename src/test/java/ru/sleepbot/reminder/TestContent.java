package ru.sleepbot.reminder;

import java.nio.file.Path;
import java.util.List;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Routine;
import ru.sleepbot.content.RoutineStep;

/** The real messages from intents/, with two routines of our own so that tests do not depend on routine content. */
final class TestContent {

    private TestContent() {
    }

    static KnowledgeBase withRoutines() {
        KnowledgeBase real = new ContentLoader().load(Path.of("intents"));
        List<Routine> routines = List.of(
                new Routine("breathing", "Медленное дыхание", "", "", 1, List.of(new RoutineStep("Вдох", 4)), List.of()),
                new Routine("body_scan", "Сканирование тела", "", "", 2, List.of(new RoutineStep("Стопы", 30)), List.of()));
        return new KnowledgeBase(real.topics(), real.conversations(), routines, real.messages());
    }
}
