package ru.sleepbot.dialog.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.content.Aspect;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Topic;
import ru.sleepbot.content.TopicFlag;
import ru.sleepbot.dialog.Session;

/**
 * Whom the conversation is about: a pregnancy, a child, or the person. Read from what triage keeps
 * in mind of the conversation's messages (its concepts of people), so "а малышу это не вредно?"
 * late in a talk about legs at 30 weeks is about the pregnancy, and a short question in a talk about
 * a child's night terrors stays with them when the classifier jumps to a topic about adults. The
 * concept and topic ids are content (intents/lexicon/audience.yaml).
 */
final class Audience {

    enum Who { PREGNANT, CHILD, ANYONE }

    private final KnowledgeBase knowledge;
    private final Set<String> pregnant;
    private final Set<String> child;
    private final Set<String> adult;
    private final Set<String> pregnancyNeighbours;
    private final Set<String> childTopics;
    private final Set<String> self;
    /** Adult topics by id, each with the children's topic that speaks of the same thing in a child. */
    private final Map<String, Topic> childCounterparts;

    Audience(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.pregnant = knowledge.lexicon().words("audience.pregnant");
        this.child = knowledge.lexicon().words("audience.child");
        this.adult = knowledge.lexicon().words("audience.adult");
        this.pregnancyNeighbours = ids(knowledge, "audience.pregnancy_neighbours");
        this.childTopics = ids(knowledge, "audience.child_topics");
        this.self = knowledge.lexicon().words("audience.self", new ru.sleepbot.nlu.TextNormalizer()::normalize);
        this.childCounterparts = counterparts(knowledge);
    }

    private static Map<String, Topic> counterparts(KnowledgeBase knowledge) {
        String prefix = "audience.child_counterpart.";
        Map<String, Topic> pairs = new HashMap<>();
        for (String adult : ids(knowledge, "audience.adult_only")) {
            Set<String> ids = ids(knowledge, prefix + adult);
            if (ids.size() != 1) {
                throw new IllegalArgumentException(prefix + adult + " must name one children's topic");
            }
            pairs.put(adult, knowledge.topic(ids.iterator().next()).orElseThrow());
        }
        return Map.copyOf(pairs);
    }

    /**
     * Whom the conversation is about now: a pregnancy once named; a child named after any adult,
     * unless the person has spoken of themselves since ({@link Session#aboutThemselves}).
     */
    Who of(Session session) {
        List<String> kept = new ArrayList<>(session.context());
        if (kept.stream().anyMatch(pregnant::contains)) {
            return Who.PREGNANT;
        }
        int lastChild = -1;
        int lastAdult = -1;
        for (int i = 0; i < kept.size(); i++) {
            lastChild = child.contains(kept.get(i)) ? i : lastChild;
            lastAdult = adult.contains(kept.get(i)) ? i : lastAdult;
        }
        return lastChild > lastAdult && !session.aboutThemselves() ? Who.CHILD : Who.ANYONE;
    }

    /**
     * Whom this message is about, noting it for the messages after it: a message that names a
     * child is about the child; one that speaks of the person themselves ("у меня каждую ночь раза
     * два") without naming a child makes the talk theirs again.
     */
    Who of(Session session, ru.sleepbot.nlu.Utterance said, boolean namesChild) {
        if (namesChild) {
            session.aboutThemselves(false);
        } else {
            String words = " " + String.join(" ", said.tokens()) + " ";
            if (self.stream().anyMatch(phrase -> words.contains(" " + phrase + " "))) {
                session.aboutThemselves(true);
            }
        }
        return of(session);
    }

    /** The topic that speaks of the pregnancy, when the conversation is about one. */
    Optional<Topic> pregnancyHome(Session session) {
        return of(session) == Who.PREGNANT ? knowledge.topics().stream().filter(t -> t.is(TopicFlag.PREGNANCY_HOME)).findFirst()
                : Optional.empty();
    }

    /**
     * The topic to answer instead of {@code best}: in a talk about a pregnancy, the pregnancy's own
     * topic for its neighbours; in a talk about a child whose subject is a children's topic, that
     * subject for a topic not for children, when {@code stays} (a short question without many words of
     * its own); about a child, an adult topic's children's counterpart (audience.child_counterpart).
     * Empty: answer {@code best}.
     */
    Optional<Topic> instead(Session session, Topic best, boolean stays, Who who) {
        Optional<Topic> home = pregnancyHome(session);
        if (home.isPresent()) {
            return home.filter(h -> !h.id().equals(best.id()) && pregnancyNeighbours.contains(best.id()));
        }
        if (who != Who.CHILD || isForChildren(best)) {
            return Optional.empty();
        }
        // A child's sleep talk or teeth grinding is the children's topic, however long the message.
        Topic counterpart = childCounterparts.get(best.id());
        if (counterpart != null) {
            return Optional.of(counterpart);
        }
        if (!stays) {
            return Optional.empty();
        }
        return session.subject().flatMap(knowledge::topic).filter(this::isForChildren);
    }

    /** A topic and the side of it to show. */
    record Choice(Topic topic, Aspect aspect) {
    }

    /**
     * "а у детей?", "а при беременности?": the current topic's own section on children when it has one
     * and no side is asked, otherwise the topic of that audience, on the side asked or on screen.
     */
    Optional<Choice> switchTo(Session session, FollowUp followUp) {
        Optional<Topic> current = session.topicId().flatMap(knowledge::topic);
        boolean children = followUp.audience().filter(FollowUp.Audience.CHILDREN::equals).isPresent();
        if (children && followUp.aspect().isEmpty() && current.flatMap(t -> t.section(Aspect.CHILDREN)).isPresent()) {
            return current.map(t -> new Choice(t, Aspect.CHILDREN));
        }
        TopicFlag flag = children ? TopicFlag.CHILDREN_HOME : TopicFlag.PREGNANCY_HOME;
        Optional<Topic> home = knowledge.topics().stream().filter(t -> t.is(flag)).findFirst();
        return home.map(h -> new Choice(h, followUp.aspect().or(session::aspect)
                .filter(a -> a != Aspect.CHILDREN && h.section(a).isPresent()).orElse(null)));
    }

    boolean isForChildren(Topic topic) {
        return childTopics.contains(topic.id()) || childTopics.contains(topic.taxonomyId());
    }

    private static Set<String> ids(KnowledgeBase knowledge, String key) {
        Set<String> ids = knowledge.lexicon().words(key);
        ids.stream().filter(id -> knowledge.topic(id).isEmpty()).findFirst().ifPresent(id -> {
            throw new IllegalArgumentException(key + " names no topic: " + id);
        });
        return ids;
    }
}
