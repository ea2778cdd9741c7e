package ru.sleepbot.dialog.answer;

import java.util.List;
import java.util.Map;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Aspect;
import ru.sleepbot.content.Messages;
import ru.sleepbot.content.Topic;
import ru.sleepbot.dialog.Menus;
import ru.sleepbot.dialog.Turn;

/**
 * A topic's answer or one of its sections, remembered as the conversation's last answer, and the
 * next section for "more" or for a question whose side was just shown. A record: it only holds
 * the parts it answers with.
 */
record SectionAnswers(AnswerRenderer renderer, Subjects subjects, Messages messages, Menus menus) {

    /** True when exactly this was the last answer: asking again gets the ways on, not the same text. */
    static boolean shownLast(Turn turn, Topic topic, Aspect aspect) {
        return turn.session().lastAnswer().filter(key(topic, aspect)::equals).isPresent();
    }

    static String key(Topic topic, Aspect aspect) {
        return topic.id() + (aspect == null ? "" : " " + aspect.key());
    }

    /** "подробнее", "ещё": the next section after the one on screen. */
    List<Reply> more(Turn turn, Topic topic, Aspect shown) {
        Aspect[] all = Aspect.values();
        for (int i = shown == null ? 0 : shown.ordinal() + 1; i < all.length; i++) {
            if (topic.section(all[i]).isPresent()) {
                return answer(turn, topic, all[i], false);
            }
        }
        Reply done = Reply.text(messages.text("dialog.no_more", Map.of("title", topic.title())))
                .withButtons(renderer.relatedButtons(topic), 2)
                .withRow(List.of(menus.allTopicsButton())).withKind("topic " + topic.id());
        return List.of(done);
    }

    List<Reply> answer(Turn turn, Topic topic, Aspect aspect, boolean offerCheck) {
        subjects.talkedAbout(turn, topic, aspect);
        turn.session().answered(key(topic, aspect));
        return List.of(renderer.render(topic, aspect, offerCheck));
    }

}
