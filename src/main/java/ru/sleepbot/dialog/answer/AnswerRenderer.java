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

    /** Telegram shows more, but a longer keyboard hides the answer on a phone. */
    static final int MAX_BUTTONS = 6;
    /** Sections (and the routine, check and main-answer buttons before them) take at most this many. */
    static final int MAX_SECTION_BUTTONS = 4;
    /** The sections people ask for most come first. */
    static final List<Aspect> SECTION_ORDER = List.of(Aspect.IS_DANGEROUS, Aspect.WHAT_TO_DO, Aspect.WHEN_DOCTOR,
            Aspect.DIFFERENCE, Aspect.CAUSES, Aspect.CHILDREN, Aspect.WHAT_IS);

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
        return render(topic, shown, offerCheck, "", "");
    }

    /**
     * @param before a line that opens the answer (reassurance for a frightened question), or ""
     * @param after  notes that close it (for a condition the person named), or ""
     */
    Reply render(Topic topic, Aspect shown, boolean offerCheck, String before, String after) {
        String body = shown == null ? topic.answer() : topic.section(shown).orElse(topic.answer());
        if (body.isBlank()) {
            body = messages.text("dialog.topic_pending", Map.of("title", topic.title()));
        }
        body = (before.isEmpty() ? "" : before + "\n\n") + body + (after.isEmpty() ? "" : "\n\n" + after);
        if (topic.is(TopicFlag.DISCLAIMER)) {
            body = body + "\n\n" + messages.text("dialog.disclaimer");
        }
        return Reply.text(body).withButtons(buttons(topic, shown, offerCheck), 2)
                .withKind("topic " + topic.id() + (shown == null ? "" : " " + shown.key()));
    }

    /** "As I said": the same thing asked again gets the ways on, not the same text again. */
    Reply repeated(Topic topic, Aspect shown) {
        return Reply.text(messages.text("dialog.followup.repeated")).withButtons(buttons(topic, shown, false), 2)
                .withKind("topic " + topic.id() + (shown == null ? "" : " " + shown.key()));
    }

    /** A remark that adds a detail and asks nothing: heard, and the topic's sides to go on with. */
    Reply noted(Topic topic, Aspect shown) {
        return Reply.text(messages.text("dialog.followup.noted", Map.of("title", topic.title())))
                .withButtons(buttons(topic, shown, false), 2).withKind("topic " + topic.id() + " noted");
    }

    /** "X or Y?": two topics about as likely, each button opening the side asked (or the main answer). */
    Reply clarify(Topic first, Topic second, Aspect firstSide, Aspect secondSide) {
        String text = messages.text("dialog.clarify", Map.of("first", first.title(), "second", second.title()));
        return Reply.text(text).withRow(List.of(new Button(first.title(), Menus.topicData(first, firstSide)),
                new Button(second.title(), Menus.topicData(second, secondSide)))).withKind("clarify");
    }

    /**
     * At most {@link #MAX_BUTTONS}: the routine or check when offered, the most asked-for sections
     * not on screen ("the main thing" when a section is), then related topics.
     */
    List<Button> buttons(Topic topic, Aspect shown, boolean offerCheck) {
        List<Button> buttons = new ArrayList<>();
        if (topic.is(TopicFlag.OFFERS_ROUTINE)) {
            buttons.add(menus.routinesButton(messages.text("dialog.button.routine")));
        }
        if (offerCheck) {
            buttons.add(menus.checkButton());
        }
        if (shown != null) {
            buttons.add(new Button(messages.text("dialog.aspect.main"), Menus.topicData(topic, null)));
        }
        for (Aspect aspect : SECTION_ORDER) {
            if (buttons.size() < MAX_SECTION_BUTTONS && aspect != shown && topic.section(aspect).isPresent()) {
                buttons.add(new Button(label(aspect), Menus.topicData(topic, aspect)));
            }
        }
        for (Button related : relatedButtons(topic)) {
            if (buttons.size() < MAX_BUTTONS) {
                buttons.add(related);
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
