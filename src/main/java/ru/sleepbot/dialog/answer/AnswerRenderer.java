package ru.sleepbot.dialog.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Aspect;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Messages;
import ru.sleepbot.content.Topic;
import ru.sleepbot.content.TopicFlag;
import ru.sleepbot.dialog.Menus;

/**
 * Renders a topic's answer or one of its sections with the buttons that lead on: the other
 * sections, related topics, a routine for the relaxation topic, the symptom check when the user
 * spoke of their own symptoms; and the disclaimer under treatment and diagnostics.
 */
final class AnswerRenderer {

    private final KnowledgeBase knowledge;
    private final Messages messages;
    private final Menus menus;

    AnswerRenderer(KnowledgeBase knowledge, Menus menus) {
        this.knowledge = knowledge;
        this.messages = knowledge.messages();
        this.menus = menus;
    }

    /** @param shown the section to show, or null for the topic's main answer */
    Reply render(Topic topic, Aspect shown, boolean offerCheck) {
        String body = shown == null ? topic.answer() : topic.section(shown).orElse(topic.answer());
        if (body.isBlank()) {
            body = messages.text("dialog.topic_pending", Map.of("title", topic.title()));
        }
        if (topic.is(TopicFlag.DISCLAIMER)) {
            body = body + "\n\n" + messages.text("dialog.disclaimer");
        }
        Reply reply = Reply.text(body).withButtons(sectionButtons(topic, shown), 2);
        List<Button> more = new ArrayList<>(relatedButtons(topic));
        if (topic.is(TopicFlag.OFFERS_ROUTINE)) {
            more.add(0, menus.routinesButton(messages.text("dialog.button.routine")));
        }
        if (offerCheck) {
            more.add(menus.checkButton());
        }
        return reply.withButtons(more, 2).withKind("topic " + topic.id() + (shown == null ? "" : " " + shown.key()));
    }

    /** The sections not on screen, in the content's order; "the main thing" when a section is. */
    List<Button> sectionButtons(Topic topic, Aspect shown) {
        List<Button> buttons = new ArrayList<>();
        if (shown != null) {
            buttons.add(new Button(messages.text("dialog.aspect.main"), Menus.topicData(topic, null)));
        }
        for (Aspect aspect : Aspect.values()) {
            if (aspect != shown && topic.section(aspect).isPresent()) {
                buttons.add(new Button(label(aspect), Menus.topicData(topic, aspect)));
            }
        }
        return buttons;
    }

    List<Button> relatedButtons(Topic topic) {
        return topic.related().stream().map(knowledge::topic).flatMap(Optional::stream)
                .map(menus::topicButton).toList();
    }

    String label(Aspect aspect) {
        return messages.text("dialog.aspect." + aspect.key());
    }
}
