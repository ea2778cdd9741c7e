package ru.sleepbot.dialog;

import java.util.ArrayList;
import java.util.List;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Aspect;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Messages;
import ru.sleepbot.content.Topic;

/**
 * The buttons several features share: the main menu, the topic list, the ways into the symptom
 * check and the routines. Which topics have a door in the main menu is content ({@code menu_label}).
 */
public final class Menus {

    private final KnowledgeBase knowledge;
    private final Messages messages;

    public Menus(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.messages = knowledge.messages();
    }

    /** The doors of /start and of every "I did not understand": the menu topics, routines, reminder. */
    public List<Button> main() {
        List<Button> doors = new ArrayList<>();
        for (Topic topic : knowledge.topics()) {
            topic.menuDoor().ifPresent(label -> doors.add(new Button(label, topicData(topic, null))));
        }
        doors.add(routinesButton(messages.text("dialog.menu.routine")));
        doors.add(new Button(messages.text("dialog.menu.reminder"), new ButtonData.ReminderMenu()));
        return doors;
    }

    public Reply withMain(String text) {
        return Reply.text(text).withButtons(main(), 1);
    }

    /** Every taxonomy topic, in display order, two to a row (finer topics are reached by asking). */
    public Reply withTopics(String text) {
        List<Button> buttons = knowledge.topics().stream().filter(t -> t.parent() == null).map(this::topicButton).toList();
        return Reply.text(text).withButtons(buttons, 2);
    }

    public Button topicButton(Topic topic) {
        return new Button(topic.title(), topicData(topic, null));
    }

    public Button checkButton() {
        return new Button(messages.text("dialog.button.check"), new ButtonData.StartCheck());
    }

    public Button allTopicsButton() {
        return new Button(messages.text("dialog.button.topics"), new ButtonData.AllTopics());
    }

    public Button mainMenuButton() {
        return new Button(messages.text("dialog.button.menu"), new ButtonData.MainMenu());
    }

    public Button routinesButton(String label) {
        return new Button(label, new ButtonData.RoutineList());
    }

    /** A topic's answer ({@code aspect} null) or one of its sections. */
    public static ButtonData.Topic topicData(Topic topic, Aspect aspect) {
        return new ButtonData.Topic(topic.id(), aspect == null ? null : aspect.key());
    }
}
