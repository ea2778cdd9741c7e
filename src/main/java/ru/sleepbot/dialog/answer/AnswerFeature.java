package ru.sleepbot.dialog.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Aspect;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Messages;
import ru.sleepbot.content.Topic;
import ru.sleepbot.content.TopicFlag;
import ru.sleepbot.dialog.Acknowledgement;
import ru.sleepbot.dialog.Feature;
import ru.sleepbot.dialog.Menus;
import ru.sleepbot.dialog.Session;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.UnderstandingPolicy;
import ru.sleepbot.nlu.Utterance;

/**
 * Answers questions about topics: the answer (or the section a question asks for), follow-ups in
 * the context of the last topic, and a clarifying question when two topics are about as likely.
 * Owns the topic intents and the topic buttons.
 */
public final class AnswerFeature implements Feature {

    /** A question this short may be about the topic on screen rather than a new one. */
    static final int CONTEXT_WORDS = 12;
    /** A message this short stays with the subject whom the talk is about ({@link Audience#instead}). */
    static final int AUDIENCE_WORDS = 16;
    /** An unplaced question with more words than these that are neither cues nor glue has a subject of its own. */
    static final int OWN_SUBJECT_WORDS = 3;
    /**
     * The classifier's in-scope guess for a message it did not place is answered from this
     * confidence on; in a going conversation from the lower one. Messages truly off the subject
     * (the weather, a toothache) come out with their best topic far below both.
     */
    static final double GUESS = 0.5;
    static final double GUESS_IN_CONVERSATION = 0.35;
    /** Below this confidence a short question with a side of its own stays with the topic on screen. */
    static final double SURE = 0.9;

    /**
     * Aspects a first question may jump to directly; its "почему …" and "что это" get the main
     * answer, which opens with what matters most. Once a conversation is going (any message before
     * this one), those get their section too ({@link #IN_CONVERSATION}): the person asks a side.
     */
    private static final Set<Aspect> DIRECT_ASPECTS = Set.of(Aspect.IS_DANGEROUS, Aspect.WHAT_TO_DO,
            Aspect.WHEN_DOCTOR, Aspect.DIFFERENCE);
    private static final Set<Aspect> IN_CONVERSATION = Set.of(Aspect.IS_DANGEROUS, Aspect.WHAT_TO_DO,
            Aspect.WHEN_DOCTOR, Aspect.DIFFERENCE, Aspect.CAUSES, Aspect.WHAT_IS);
    private final KnowledgeBase knowledge;
    private final Messages messages;
    private final AnswerRenderer renderer;
    private final FollowUpReader followUps;
    private final OwnSymptoms ownSymptoms;
    private final AmbiguousWords ambiguous;
    private final UnderstandingPolicy policy;
    private final Menus menus;
    private final Set<String> intents;
    private final Subjects subjects;
    private final Audience audience;
    private final Acknowledgement acknowledgement;
    private final SectionAnswers sections;
    private final NeighbourCues neighbours;

    AnswerFeature(KnowledgeBase knowledge, AnswerRenderer renderer, FollowUpReader followUps,
                  OwnSymptoms ownSymptoms, UnderstandingPolicy policy, Menus menus, TopicWords words) {
        this.knowledge = knowledge;
        this.messages = knowledge.messages();
        this.renderer = renderer;
        this.followUps = followUps;
        this.ownSymptoms = ownSymptoms;
        this.ambiguous = new AmbiguousWords(knowledge);
        this.policy = policy;
        this.menus = menus;
        Set<String> ids = new HashSet<>();
        knowledge.topics().forEach(t -> {
            ids.add(t.id());
            ids.add(t.taxonomyId());
        });
        this.intents = Set.copyOf(ids);
        this.audience = new Audience(knowledge);
        this.subjects = new Subjects(knowledge, followUps, words, audience);
        this.acknowledgement = new Acknowledgement(knowledge.lexicon());
        this.sections = new SectionAnswers(renderer, subjects, messages, menus);
        this.neighbours = new NeighbourCues(knowledge);
    }

    /** The feature with its readers; the follow-up words are content (intents/lexicon/). */
    public static AnswerFeature create(KnowledgeBase knowledge, Menus menus, RussianAnalyzer analyzer,
                                       UnderstandingPolicy policy) {
        return new AnswerFeature(knowledge, new AnswerRenderer(knowledge, menus),
                new FollowUpReader(new ContextCues(analyzer, knowledge.lexicon())),
                new OwnSymptoms(analyzer, knowledge.lexicon()), policy, menus, new TopicWords(knowledge, analyzer));
    }

    @Override
    public Set<String> intents() {
        return intents;
    }

    @Override
    public Set<Class<? extends ButtonData>> buttons() {
        return Set.of(ButtonData.Topic.class);
    }

    @Override
    public List<Reply> onIntent(Turn turn, Classification understood, Utterance said) {
        Optional<Topic> classified = knowledge.topic(understood.fineIntent()).or(() -> knowledge.topic(understood.intent()));
        if (classified.isEmpty()) {
            return List.of(menus.withTopics(messages.text("dialog.topics")).withKind("help"));
        }
        // Neighbours the classifier confuses are told apart by the message's own words (NeighbourCues); in a talk
        // about a pregnancy, its own topic answers for all of them (Audience#instead).
        Optional<Topic> placed = audience.pregnancyHome(turn.session()).isPresent() ? classified
                : Optional.of(neighbours.choose(classified.get(), turn.session().topicId().flatMap(knowledge::topic),
                understood.confidence() >= SURE, said, t -> t.id().equals(understood.runnerUp()) || subjects.talkedAboutItself(turn.session(), t)));
        // Whom the conversation is about may decide between neighbours (legs at 30 weeks, a child's night terrors).
        boolean stays = said.size() <= AUDIENCE_WORDS && understood.confidence() < SURE;
        Optional<Topic> best = audience.instead(turn.session(), placed.get(), stays,
                audience.of(turn.session(), said, followUps.namesChild(said))).or(() -> placed);
        Optional<Aspect> asked = subjects.sideAsked(turn.session(), best.get(), said);
        Optional<Topic> current = subjects.inContext(turn.session(), asked.or(() -> Optional.ofNullable(best.get().aspectOfCurrent())))
                .filter(t -> !t.id().equals(best.get().id()) && !neighbours.favours(best.get(), t, said));
        Optional<Aspect> ofCurrent = current.flatMap(t -> subjects.aboutCurrent(t, best.get(), asked, understood, said));
        if (ofCurrent.isPresent()) {
            return sections.answer(turn, current.get(), subjects.forWhom(turn.session(), current.get(), ofCurrent.get(), said), false);
        }
        Optional<Topic> onScreen = subjects.inContext(turn.session(), asked);
        if (onScreen.isPresent() && !neighbours.favours(best.get(), onScreen.get(), said) && subjects.staysWith(turn.session(), onScreen.get(), best.get(), understood, said)) {
            return stayWith(turn, onScreen.get(), asked, said);
        }
        Optional<Topic> second = knowledge.topic(understood.runnerUp())
                .filter(t -> !t.taxonomyId().equals(best.get().taxonomyId()));
        // Two topics about as likely, one of them talked about in this conversation: the conversation decides.
        Topic topic = best.get();
        if (second.isPresent() && policy.unsure(understood) && !neighbours.favours(topic, second.get(), said)) {
            if (!subjects.inConversation(turn.session(), best.get()) && subjects.inConversation(turn.session(), second.get())) {
                topic = second.get();
            } else if (!subjects.inConversation(turn.session(), best.get())) {
                return List.of(renderer.clarify(best.get(), second.get(), direct(best.get(), asked, false), direct(second.get(), asked, false)));
            }
        }
        Optional<List<Topic>> between = turn.session().topicId().isEmpty() ? ambiguous.askBetween(said, topic)
                : Optional.empty();
        if (between.isPresent()) {
            return List.of(renderer.clarify(between.get().get(0), between.get().get(1),
                    direct(between.get().get(0), asked, false), direct(between.get().get(1), asked, false)));
        }
        Aspect aspect = subjects.forWhom(turn.session(), topic, direct(topic, asked, turn.session().going()), said);
        if (SectionAnswers.shownLast(turn, topic, aspect)) {
            return List.of(renderer.repeated(topic, aspect));
        }
        return sections.answer(turn, topic, aspect, ownSymptoms.in(said, topic));
    }

    /**
     * "окей, убедили, пойду к врачу", "ладно, постараюсь не накручивать": after an answer, a remark
     * that takes it and says what comes next is no new question, whatever topic its words sound like;
     * small talk answers it.
     */
    @Override
    public boolean declines(Turn turn, Classification understood, Utterance said) {
        return turn.session().topicId().isPresent() && acknowledgement.closes(said);
    }

    @Override
    public List<Reply> onButton(Turn turn, ButtonData data) {
        ButtonData.Topic press = (ButtonData.Topic) data;
        Optional<Topic> topic = knowledge.topic(press.topicId());
        if (topic.isEmpty()) {
            return List.of(Reply.text(messages.text("dialog.stale_button")).withKind("stale"));
        }
        Aspect aspect = press.aspectKey().flatMap(Aspect::fromKey).filter(a -> topic.get().section(a).isPresent())
                .orElse(null);
        return sections.answer(turn, topic.get(), aspect, false);
    }

    @Override
    public Optional<List<Reply>> onFollowUp(Turn turn, Utterance said) {
        return followUps.read(said).map(followUp -> resolve(turn, followUp, said));
    }

    /**
     * A short question the classifier could not place, asked while a topic is talked about, is about
     * that topic: the side it asks for ("а если приучить его спать на боку, поможет?" → what to do),
     * or the topic itself; a remark that adds a detail is heard ({@link Subjects#remarkAbout}).
     * Anything longer, or of another subject, goes to the fallback.
     */
    @Override
    public Optional<List<Reply>> onUnplaced(Turn turn, Classification understood, Utterance said) {
        // The classifier's own guess, when it did not dare to place it: a question close to a topic is rarely
        // "not my topic". Only a question: a remark answered with a guess would take the conversation away.
        double enough = turn.session().going() ? GUESS_IN_CONVERSATION : GUESS;
        Optional<Topic> away = turn.session().topicId().filter(id -> audience.pregnancyHome(turn.session()).isEmpty())
                .flatMap(knowledge::topic).filter(c -> said.size() <= CONTEXT_WORDS)
                .flatMap(c -> neighbours.awayFrom(c, said)); // "сам ничего не замечаю" about restless legs: the kicking
        Optional<Topic> guess = away.or(() -> knowledge.topic(understood.runnerUp())
                .filter(t -> understood.runnerUpConfidence() >= enough && followUps.isQuestion(said)));
        Optional<Topic> current = turn.session().topicId().flatMap(knowledge::topic);
        // A question in many words of a subject other than the one on screen is the guess's, not the context's.
        boolean ownSubject = away.isPresent() || current.isEmpty() || subjects.ownWords(said, current.get()) > OWN_SUBJECT_WORDS;
        Optional<List<Reply>> inContext = guess.isPresent() && ownSubject ? Optional.empty() : aboutTopicOnScreen(turn, said, understood);
        if (inContext.isPresent() || guess.isEmpty()) {
            return inContext;
        }
        return Optional.of(onIntent(turn, new Classification(guess.get().id(), understood.runnerUpConfidence(),
                Classification.OUT_OF_SCOPE, understood.confidence(), null), said));
    }

    private Optional<List<Reply>> aboutTopicOnScreen(Turn turn, Utterance said, Classification understood) {
        Optional<Topic> current = turn.session().topicId().flatMap(knowledge::topic);
        if (current.isEmpty() || said.size() > CONTEXT_WORDS) {
            return Optional.empty();
        }
        Optional<FollowUp> asked = followUps.readLeniently(said);
        if (asked.isPresent()) {
            return Optional.of(resolve(turn, asked.get(), said));
        }
        // Naming no side ("а когда это пройдёт?"), it gets the topic: the classifier's guess for a few
        // words without their context is no better than the context. Many words of a subject other
        // than the topic's own ("у мужа спина ноет, какую мазь купить?") are not about this topic.
        Topic topic = subjects.behindSide(turn.session(), said, true).orElse(current.get());
        if (!followUps.asks(said)) { // a remark that adds a detail is heard, with the topic's sides to go on with
            boolean heard = turn.session().going() && subjects.remarkAbout(said, topic, understood);
            // A detail about a child ("лор говорил аденоиды большие") gets what the topic says about children.
            Aspect forChild = subjects.forWhom(turn.session(), topic, null, said);
            if (heard && forChild == Aspect.CHILDREN && !SectionAnswers.shownLast(turn, topic, forChild)) {
                return Optional.of(sections.answer(turn, topic, forChild, false));
            }
            return heard ? Optional.of(List.of(renderer.noted(topic, turn.session().aspect().orElse(null)))) : Optional.empty();
        }
        if (subjects.ownWords(said, topic) > OWN_SUBJECT_WORDS) {
            return Optional.empty();
        }
        return Optional.of(SectionAnswers.shownLast(turn, topic, null) ? sections.more(turn, topic, null) : sections.answer(turn, topic, null, false));
    }

    /** A question about the topic on screen: the side its form asks, or the next section when that was just shown. */
    private List<Reply> stayWith(Turn turn, Topic topic, Optional<Aspect> asked, Utterance said) {
        Aspect aspect = subjects.forWhom(turn.session(), topic, direct(topic, asked, true), said);
        return SectionAnswers.shownLast(turn, topic, aspect) ? sections.more(turn, topic, aspect) : sections.answer(turn, topic, aspect, false);
    }

    private List<Reply> resolve(Turn turn, FollowUp read, Utterance said) {
        Session session = turn.session();
        // "а малышу это не вредно?" while talking about a pregnancy asks about the pregnancy, not about children.
        FollowUp followUp = audience.of(session) == Audience.Who.PREGNANT
                && read.audience().filter(FollowUp.Audience.CHILDREN::equals).isPresent() ? read.aboutThePerson() : read;
        Optional<Topic> current = subjects.behindSide(session, said, false).or(() -> followUp.more()
                ? session.topicId().flatMap(knowledge::topic) : subjects.inContext(session, followUp.aspect())).map(t -> audience.instead(session, t, true, audience.of(session)).orElse(t));
        if (followUp.audience().isPresent()) {
            return switchAudience(turn, followUp);
        }
        if (current.isEmpty()) {
            return List.of(menus.withTopics(messages.text("dialog.followup_no_topic")).withKind("clarify"));
        }
        Topic topic = current.get();
        if (followUp.aspect().isEmpty()) {
            return sections.more(turn, topic, session.aspect().orElse(null));
        }
        Aspect asked = followUp.aspect().get();
        if (asked == Aspect.DIFFERENCE && topic.section(asked).isEmpty()) {
            subjects.talkedAbout(turn, topic, null);
            return List.of(Reply.text(messages.text("dialog.followup.difference_none"))
                    .withRow(List.of(menus.checkButton())).withKind("topic " + topic.id() + " difference"));
        }
        // No section on it: "is it dangerous?" is answered by when to worry (every topic has that
        // section, the content lint makes sure), anything else by the main answer.
        Aspect aspect = topic.section(asked).isPresent() ? asked : asked == Aspect.IS_DANGEROUS ? Aspect.WHEN_DOCTOR : null;
        String before = followUp.fear() ? messages.text("dialog.followup.fear") : "";
        String after = followUp.conditions().stream().map(c -> messages.text("dialog.followup.condition." + c))
                .reduce((a, b) -> a + "\n\n" + b).orElse("");
        String key = SectionAnswers.key(topic, aspect) + (followUp.fear() ? " fear" : "") + " " + followUp.conditions();
        if (turn.session().lastAnswer().filter(key::equals).isPresent()) {
            return List.of(renderer.repeated(topic, aspect));
        }
        subjects.talkedAbout(turn, topic, aspect);
        turn.session().answered(key);
        return List.of(renderer.render(topic, aspect, false, before, after));
    }

    /** "а у детей?", "а при беременности?": the topic's own word on them, or the topic of that audience ({@link Audience#switchTo}). */
    private List<Reply> switchAudience(Turn turn, FollowUp followUp) {
        return audience.switchTo(turn.session(), followUp).map(c -> SectionAnswers.shownLast(turn, c.topic(), c.aspect())
                ? List.of(renderer.repeated(c.topic(), c.aspect())) : sections.answer(turn, c.topic(), c.aspect(), false))
                .orElseGet(() -> List.of(menus.withTopics(messages.text("dialog.followup_no_topic")).withKind("clarify")));
    }

    private static Aspect direct(Topic topic, Optional<Aspect> asked, boolean inConversation) {
        return asked.filter(inConversation ? IN_CONVERSATION::contains : DIRECT_ASPECTS::contains)
                .filter(a -> topic.section(a).isPresent()).orElse(null);
    }
}
