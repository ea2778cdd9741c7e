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

    /** Topics on one page of the list; with "more" that makes six buttons. */
    static final int TOPICS_PER_PAGE = 5;

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

    /**
     * The fuller menu of /help: the first two topic doors, the check, routines, the reminder and
     * all topics (six buttons).
     */
    public Reply withFull(String text) {
        List<Button> doors = new ArrayList<>(main().subList(0, Math.min(2, main().size())));
        doors.add(checkButton());
        doors.add(routinesButton(messages.text("dialog.menu.routine")));
        doors.add(new Button(messages.text("dialog.menu.reminder"), new ButtonData.ReminderMenu()));
        doors.add(allTopicsButton());
        return Reply.text(text).withButtons(doors, 1);
    }

    /** The first page of the taxonomy topics (finer topics are reached by asking). */
    public Reply withTopics(String text) {
        return withTopics(text, 0);
    }

    /**
     * A page of the taxonomy topics, in display order: {@link #TOPICS_PER_PAGE} of them and a button
     * to the next page (round to the first again), six buttons in all.
     */
    public Reply withTopics(String text, int page) {
        List<Topic> all = knowledge.topics().stream().filter(t -> t.parent() == null).toList();
        int pages = Math.max(1, (all.size() + TOPICS_PER_PAGE - 1) / TOPICS_PER_PAGE);
        int shown = Math.floorMod(page, pages);
        List<Button> buttons = new ArrayList<>(all.subList(shown * TOPICS_PER_PAGE,
                Math.min(all.size(), (shown + 1) * TOPICS_PER_PAGE)).stream().map(this::topicButton).toList());
        if (pages > 1) {
            buttons.add(new Button(messages.text("dialog.button.more_topics"), new ButtonData.AllTopics((shown + 1) % pages)));
        }
        return Reply.text(text).withButtons(buttons, 1);
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
