package ru.sleepbot.content;

import java.util.ArrayList;
import java.util.List;

/** Every text the bot itself says (not the users' training phrases), with where it comes from. */
final class BotTexts {

    record Text(String where, String text) {
    }

    private BotTexts() {
    }

    static List<Text> of(KnowledgeBase knowledge) {
        List<Text> texts = new ArrayList<>();
        for (Topic topic : knowledge.topics()) {
            texts.add(new Text(topic.id() + ".answer", topic.answer()));
            topic.sections().forEach((aspect, text) -> texts.add(new Text(topic.id() + "." + aspect.key(), text)));
        }
        knowledge.conversations().forEach(c -> c.replies().forEach(r -> texts.add(new Text(c.id() + ".replies", r))));
        for (Routine routine : knowledge.routines()) {
            texts.add(new Text(routine.id() + ".description", routine.description()));
            routine.steps().forEach(step -> texts.add(new Text(routine.id() + ".step", step.text())));
        }
        knowledge.messages().keys().forEach(key ->
                knowledge.messages().variants(key).forEach(v -> texts.add(new Text(key, v))));
        return texts;
    }
}
