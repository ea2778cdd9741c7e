package ru.sleepbot.dialog.emergency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Messages;
import ru.sleepbot.content.Topic;
import ru.sleepbot.dialog.Menus;
import ru.sleepbot.dialog.Session;

/**
 * The way on from a warning: a reply about a warning sign or a medicine risk says what matters and
 * whom to see, and a person who asked "why does he fight in his sleep?" also wants the topic that
 * tells more. Which topic is content: a topic lists the signs it explains ({@code alarm_signs}).
 * An emergency reply gets no button: it holds only the call and the first aid.
 */
public final class AlarmLinks {

    private final Map<String, Topic> bySign = new HashMap<>();
    private final Messages messages;

    public AlarmLinks(KnowledgeBase knowledge) {
        this.messages = Objects.requireNonNull(knowledge, "knowledge").messages();
        for (Topic topic : knowledge.topics()) {
            for (String sign : topic.alarmSigns()) {
                Topic earlier = bySign.putIfAbsent(sign, topic);
                if (earlier != null) {
                    throw new IllegalStateException("sign " + sign + " is linked from two topics: "
                            + earlier.id() + " and " + topic.id());
                }
            }
        }
    }

    /** The replies with a button to the topic of {@code sign} under the last one, when a topic explains it. */
    public List<Reply> linked(List<Reply> replies, String sign) {
        Topic topic = bySign.get(sign);
        if (topic == null || replies.isEmpty()) {
            return replies;
        }
        Button more = new Button(messages.text("dialog.button.more_about", Map.of("title", topic.title())),
                Menus.topicData(topic, null));
        List<Reply> linked = new ArrayList<>(replies);
        linked.set(linked.size() - 1, linked.get(linked.size() - 1).withRow(List.of(more)));
        return List.copyOf(linked);
    }

    /**
     * The replies linked as {@link #linked}, and the linked topic made the one being talked about:
     * a follow-up to the warning ("а как это называется?", "а почему так бывает?") is about the
     * thing the warning was about, not about whatever was on screen before it.
     */
    public List<Reply> linked(List<Reply> replies, String sign, Session session) {
        Topic topic = bySign.get(sign);
        if (topic != null) {
            session.talkedAbout(topic.id(), null);
            session.subject(topic.id());
        }
        return linked(replies, sign);
    }

    /** The signs some topic explains, for checking them against the triage rules. */
    public Set<String> signs() {
        return Set.copyOf(bySign.keySet());
    }
}
