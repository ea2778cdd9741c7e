package ru.sleepbot.dialog;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Aspect;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Messages;
import ru.sleepbot.content.Topic;
import ru.sleepbot.nlu.Classification;

/**
 * Answers questions about topics: the answer (or the section a question asks for), follow-ups in
 * the context of the last topic, and a clarifying question when two topics are about as likely.
 * Owns the topic intents and the {@code tp:<topic>[:<aspect>]} buttons.
 */
final class AnswerFeature implements Feature {

    /** Aspects a new question may jump to directly; "почему …" and "что это" get the main answer. */
    private static final Set<Aspect> DIRECT_ASPECTS = Set.of(Aspect.IS_DANGEROUS, Aspect.WHAT_TO_DO,
            Aspect.WHEN_DOCTOR);

    private final KnowledgeBase knowledge;
    private final Messages messages;
    private final AnswerRenderer renderer;
    private final FollowUpReader followUps;
    private final OwnSymptoms ownSymptoms;
    private final UnderstandingPolicy policy;
    private final Menus menus;
    private final Set<String> intents;

    AnswerFeature(KnowledgeBase knowledge, AnswerRenderer renderer, FollowUpReader followUps,
                  OwnSymptoms ownSymptoms, UnderstandingPolicy policy, Menus menus) {
        this.knowledge = knowledge;
        this.messages = knowledge.messages();
        this.renderer = renderer;
        this.followUps = followUps;
        this.ownSymptoms = ownSymptoms;
        this.policy = policy;
        this.menus = menus;
        Set<String> ids = new HashSet<>();
        knowledge.topics().forEach(t -> {
            ids.add(t.id());
            ids.add(t.taxonomyId());
        });
        this.intents = Set.copyOf(ids);
    }

    @Override
    public Set<String> intents() {
        return intents;
    }

    @Override
    public Set<String> buttonPrefixes() {
        return Set.of(Menus.TOPIC_PREFIX);
    }

    @Override
    public List<Reply> onIntent(Turn turn, Classification understood, String text) {
        Optional<Topic> best = knowledge.topic(understood.fineIntent()).or(() -> knowledge.topic(understood.intent()));
        if (best.isEmpty()) {
            return List.of(menus.withTopics(messages.text("dialog.topics")));
        }
        Optional<Aspect> asked = followUps.aspectAsked(text);
        Optional<Topic> second = knowledge.topic(understood.runnerUp())
                .filter(t -> !t.taxonomyId().equals(best.get().taxonomyId()));
        if (second.isPresent() && understood.margin() < policy.clarifyMargin()) {
            return List.of(clarify(best.get(), second.get(), asked));
        }
        Topic topic = best.get();
        return answer(turn, topic, direct(topic, asked), ownSymptoms.in(text, topic));
    }

    @Override
    public List<Reply> onButton(Turn turn, String data) {
        String[] parts = data.split(":", 3);
        Optional<Topic> topic = parts.length > 1 ? knowledge.topic(parts[1]) : Optional.empty();
        if (topic.isEmpty()) {
            return List.of(Reply.text(messages.text("dialog.stale_button")));
        }
        Aspect aspect = parts.length > 2 ? Aspect.fromKey(parts[2]).filter(a -> topic.get().section(a).isPresent())
                .orElse(null) : null;
        return answer(turn, topic.get(), aspect, false);
    }

    @Override
    public Optional<List<Reply>> onFollowUp(Turn turn, String text) {
        return followUps.read(text).map(followUp -> resolve(turn, followUp));
    }

    private List<Reply> resolve(Turn turn, FollowUp followUp) {
        Session session = turn.session();
        Optional<Topic> current = session.topicId().flatMap(knowledge::topic);
        if (followUp.topicSwitch().isPresent()) {
            return switchAudience(turn, followUp);
        }
        if (current.isEmpty()) {
            return List.of(menus.withTopics(messages.text("dialog.followup_no_topic")));
        }
        Topic topic = current.get();
        if (followUp.aspect().isEmpty()) {
            return more(turn, topic, session.aspect().orElse(null));
        }
        Aspect aspect = followUp.aspect().get();
        if (topic.section(aspect).isPresent()) {
            return answer(turn, topic, aspect, false);
        }
        // This topic has nothing on the aspect: the topic that is about it answers instead.
        Optional<Topic> about = aboutAspect(aspect).flatMap(knowledge::topic)
                .filter(t -> !t.id().equals(topic.id()));
        return about.map(t -> answer(turn, t, null, false)).orElseGet(() -> answer(turn, topic, null, false));
    }

    /**
     * "а у детей?", "а при беременности?": another topic, the same aspect. (The current topic's own
     * "А у детей?" section stays one button away on every answer that has it.)
     */
    private List<Reply> switchAudience(Turn turn, FollowUp followUp) {
        Optional<Topic> topic = knowledge.topic(followUp.topicSwitch().get());
        if (topic.isEmpty()) {
            return List.of(menus.withTopics(messages.text("dialog.followup_no_topic")));
        }
        Optional<Aspect> kept = followUp.aspect().or(() -> turn.session().aspect())
                .filter(a -> a != Aspect.CHILDREN && topic.get().section(a).isPresent());
        return answer(turn, topic.get(), kept.orElse(null), false);
    }

    /** "подробнее", "ещё": the next section after the one on screen. */
    private List<Reply> more(Turn turn, Topic topic, Aspect shown) {
        Aspect[] all = Aspect.values();
        for (int i = shown == null ? 0 : shown.ordinal() + 1; i < all.length; i++) {
            if (topic.section(all[i]).isPresent()) {
                return answer(turn, topic, all[i], false);
            }
        }
        Reply done = Reply.text(messages.text("dialog.no_more", Map.of("title", topic.title())))
                .withButtons(renderer.relatedButtons(topic), 2)
                .withRow(List.of(menus.allTopicsButton()));
        return List.of(done);
    }

    private Reply clarify(Topic first, Topic second, Optional<Aspect> asked) {
        String text = messages.text("dialog.clarify", Map.of(
                "first", first.title(),
                "second", second.title()));
        return Reply.text(text).withRow(List.of(
                new Button(first.title(), Menus.topicData(first.id(), direct(first, asked))),
                new Button(second.title(), Menus.topicData(second.id(), direct(second, asked)))));
    }

    private List<Reply> answer(Turn turn, Topic topic, Aspect aspect, boolean offerCheck) {
        turn.session().talkedAbout(topic.id(), aspect);
        return List.of(renderer.render(topic, aspect, offerCheck));
    }

    private static Aspect direct(Topic topic, Optional<Aspect> asked) {
        return asked.filter(DIRECT_ASPECTS::contains).filter(a -> topic.section(a).isPresent()).orElse(null);
    }

    private static Optional<String> aboutAspect(Aspect aspect) {
        if (aspect == Aspect.WHEN_DOCTOR || aspect == Aspect.IS_DANGEROUS) {
            return Optional.of("when_to_see_doctor");
        }
        return aspect == Aspect.WHAT_TO_DO ? Optional.of("lifestyle_tips") : Optional.empty();
    }
}
