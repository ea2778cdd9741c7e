package ru.sleepbot.dialog;

import java.util.List;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Aspect;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Messages;
import ru.sleepbot.content.Topic;

/**
 * The buttons several features share: the main menu, the topic list, the way into the symptom
 * check. Button data are the public ids other features own ({@code "rt:list"}, {@code "rm:menu"}),
 * so a press goes straight to the owner.
 */
final class Menus {

    static final String TOPIC_PREFIX = "tp";
    static final String MENU_PREFIX = "mn";
    static final String CHECK_PREFIX = "ck";
    static final String ROUTINES = "rt:list";
    static final String REMINDER = "rm:menu";
    static final String ALL_TOPICS = "mn:topics";
    static final String MAIN_MENU = "mn:main";
    static final String START_CHECK = "ck:start";

    private final KnowledgeBase knowledge;
    private final Messages messages;

    Menus(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.messages = knowledge.messages();
    }

    /** The five doors of /start and of every "I did not understand". */
    List<Button> main() {
        return List.of(
                new Button(messages.text("dialog.menu.why"), topicData("hypnic_jerk", null)),
                new Button(messages.text("dialog.menu.child"), topicData("child_sleep", null)),
                new Button(messages.text("dialog.menu.doctor"), topicData("when_to_see_doctor", null)),
                new Button(messages.text("dialog.menu.routine"), ROUTINES),
                new Button(messages.text("dialog.menu.reminder"), REMINDER));
    }

    Reply withMain(String text) {
        return Reply.text(text).withButtons(main(), 1);
    }

    /** Every topic, in display order, two to a row. */
    Reply withTopics(String text) {
        List<Button> buttons = knowledge.topics().stream().map(this::topicButton).toList();
        return Reply.text(text).withButtons(buttons, 2);
    }

    Button topicButton(Topic topic) {
        return new Button(topic.title(), topicData(topic.id(), null));
    }

    Button checkButton() {
        return new Button(messages.text("dialog.button.check"), START_CHECK);
    }

    Button allTopicsButton() {
        return new Button(messages.text("dialog.button.topics"), ALL_TOPICS);
    }

    /** {@code tp:<topic>} or {@code tp:<topic>:<aspect>}; topic ids are short Latin snake case. */
    static String topicData(String topicId, Aspect aspect) {
        return TOPIC_PREFIX + ":" + topicId + (aspect == null ? "" : ":" + aspect.key());
    }
}
