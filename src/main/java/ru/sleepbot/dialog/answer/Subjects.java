package ru.sleepbot.dialog.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import ru.sleepbot.content.Aspect;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Topic;
import ru.sleepbot.dialog.Session;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.Utterance;

/**
 * What the conversation is about: the topic on screen and the subject kept while side topics (a
 * cause, old beliefs, the fear that follows) are answered, which of them a follow-up asks about,
 * and whom (a child gets the topic's children's section).
 */
final class Subjects {

    /**
     * What a follow-up asks about the thing itself rather than about a side topic on screen: asked
     * after a side topic (lack of sleep as a cause, old beliefs, the fear that follows), it is about
     * the conversation's subject. What to do and "more" stay with the side topic on screen.
     */
    private static final Set<Aspect> ABOUT_SUBJECT = Set.of(Aspect.IS_DANGEROUS, Aspect.WHEN_DOCTOR,
            Aspect.DIFFERENCE, Aspect.CAUSES, Aspect.WHAT_IS);

    /** Below this confidence the classifier's topic loses to the topic on screen when the words are that topic's own. */
    static final double FAR_FROM_SURE = 0.7;
    /** A remark with more words than these of a subject other than the topic's is about something else. */
    static final int REMARK_OWN_WORDS = 4;
    /** A question with more words than these that are not the topic's own, nor cues, may name another subject. */
    static final int STAY_OWN_WORDS = 0;
    /** A remark this short ("шмяк", "ну да") tells nothing to take up. */
    static final int REMARK_MIN_WORDS = 3;
    /** A remark the classifier finds this close to some intent is about sleep, not about the neighbours. */
    static final double REMARK_GUESS = 0.3;

    private final KnowledgeBase knowledge;
    private final FollowUpReader followUps;
    /** Topics about a circumstance of something else: answering one keeps the conversation's subject. */
    private final Set<String> sideTopics;
    private final TopicWords words;
    private final Audience audience;
    /** "опять", "повторится": words of the thing happening again (followup.recurrence). */
    private final Set<String> recurrence;

    Subjects(KnowledgeBase knowledge, FollowUpReader followUps, TopicWords words, Audience audience) {
        this.knowledge = knowledge;
        this.audience = audience;
        this.followUps = followUps;
        this.words = words;
        this.sideTopics = knowledge.lexicon().words("followup.side_topics");
        this.recurrence = knowledge.lexicon().words("followup.recurrence");
        sideTopics.stream().filter(id -> knowledge.topic(id).isEmpty()).findFirst().ifPresent(id -> {
            throw new IllegalArgumentException("followup.side_topics names no topic: " + id);
        });
    }

    /**
     * The topic a question without a subject of its own is about: the one on screen, or, when that
     * is a side topic and the question asks about the thing itself ("а это опасно?" after "it may
     * be the energy drinks"), the conversation's subject. A side that only the subject, or the one
     * before it, has ("как отличить это от судорог?" after safe sleep, which has no such section)
     * is asked of that one.
     */
    Optional<Topic> inContext(Session session, Optional<Aspect> asked) {
        Optional<String> onScreen = session.topicId();
        boolean aside = onScreen.filter(sideTopics::contains).isPresent() && asked.filter(ABOUT_SUBJECT::contains).isPresent();
        Optional<Topic> first = (aside ? session.subject().or(() -> onScreen) : onScreen).flatMap(knowledge::topic);
        if (asked.isEmpty() || first.flatMap(t -> t.section(asked.get())).isPresent()) {
            return first;
        }
        return Stream.of(session.subject(), session.formerSubject()).flatMap(Optional::stream)
                .map(knowledge::topic).flatMap(Optional::stream)
                .filter(t -> t.section(asked.get()).isPresent()).findFirst().or(() -> first);
    }

    /**
     * The conversation's subject, when a side topic is on screen and the message is about the thing
     * itself rather than the side: it speaks of the thing happening again ("как сделать, чтоб не
     * повторялось" after stress as a cause of sleep paralysis), or, {@code unplaced}, it is a question
     * with no word of the side topic ("оно пройдёт?" after old beliefs about it).
     */
    Optional<Topic> behindSide(Session session, Utterance said, boolean unplaced) {
        Optional<String> onScreen = session.topicId().filter(sideTopics::contains);
        Optional<Topic> subject = session.subject().filter(id -> onScreen.isPresent() && !id.equals(onScreen.get()))
                .filter(id -> !sideTopics.contains(id)).flatMap(knowledge::topic);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        boolean again = said.tokens().stream().anyMatch(t -> recurrence.stream().anyMatch(t::startsWith));
        boolean noSideWords = unplaced && followUps.isQuestion(said)
                && topicWords(said, knowledge.topic(onScreen.get()).orElseThrow()) == 0;
        return again || noSideWords ? subject : Optional.empty();
    }

    /**
     * A short question that the classifier placed elsewhere but that asks about a side of the topic
     * being talked about: "к лору или к неврологу сначала?" (placed under "when to see a doctor"),
     * "как отличить от беспокойных ног?" (the topic's own family), "я не умру так?" or "это не
     * остановка сердца?" (no words of a subject other than the topic's own, and the classifier not
     * sure). A finer topic of the one on screen, asked by name, is its own ("а фебрильные это
     * повторятся?" after epilepsy). Empty: the question is about {@code best}.
     */
    Optional<Aspect> aboutCurrent(Topic current, Topic best, Optional<Aspect> asked, Classification understood,
                                  Utterance said) {
        if (said.size() > AnswerFeature.CONTEXT_WORDS) {
            return Optional.empty();
        }
        // A general topic on screen (the tests, lifestyle) keeps "а лечат чем?" for the treatment topic itself.
        Aspect ofCurrent = best.aspectOfCurrent();
        boolean generalOnScreen = ofCurrent != null && sideTopics.contains(current.id()) && !ABOUT_SUBJECT.contains(ofCurrent);
        if (ofCurrent != null && current.section(ofCurrent).isPresent() && !generalOnScreen) {
            // "а что с этим делают врачи?" names doctors but asks what is done: the side the words ask wins.
            return asked.filter(a -> current.section(a).isPresent()).or(() -> Optional.of(best.aspectOfCurrent()));
        }
        if (followUps.asksWhetherItIsNot(said) && current.section(Aspect.DIFFERENCE).isPresent()
                && !best.taxonomyId().equals(current.taxonomyId()) && !audience.isForChildren(best)) {
            // "а это точно не эпилепсия?" asks to rule the other thing out: how to tell them apart, however sure
            // the classifier is of the thing named; a children's condition named ("это не фебрильные?") is its own.
            return Optional.of(Aspect.DIFFERENCE);
        }
        boolean finerAsked = !best.id().equals(best.taxonomyId()) && current.id().equals(best.taxonomyId());
        if (finerAsked) {
            return Optional.empty();
        }
        Optional<Aspect> side = asked.filter(a -> current.section(a).isPresent());
        boolean sameFamily = best.taxonomyId().equals(current.taxonomyId());
        // Only a question: "мне теперь страшно засыпать" tells how the person is (a subject of its
        // own, however few its words), it does not ask whether the topic on screen is dangerous.
        // The topic's own words ("остановка сердца" about the heart at sleep onset) count as no new
        // subject only when the classifier is far from sure: a question that names another topic
        // it is fairly sure of ("как отличить беспокойные ноги от...") is about that topic.
        boolean fewOwn = followUps.subjectWords(said) <= 2
                || ownWords(said, current) <= 2 && understood.confidence() < FAR_FROM_SURE;
        boolean unsure = followUps.isQuestion(said) && fewOwn && understood.confidence() < AnswerFeature.SURE;
        // Within one family, a question with the neighbour's own words ("бортики в кроватку") is the neighbour's.
        return side.filter(a -> sameFamily && !namesNeighbour(said, best, current) || unsure);
    }

    /**
     * The side a question placed on {@code best} asks; "это эпилепсия?" while epilepsy is on screen
     * asks about the thing itself, not how to tell it from itself.
     */
    Optional<Aspect> sideAsked(Session session, Topic best, Utterance said) {
        boolean itself = session.topicId().filter(best.id()::equals).isPresent() && followUps.onlyWhetherItIs(said);
        return itself ? Optional.empty() : followUps.aspectAsked(said);
    }

    /** Words of the message that are neither follow-up cues, glue, nor words people use about {@code current}. */
    int ownWords(Utterance said, Topic current) {
        // Words this short ("не", "он", "за") name no subject.
        return followUps.subjectWordsBeyond(said, i -> said.stem(i).length() < TopicWords.MIN_STEM
                || words.of(current, said.stem(i)));
    }

    /**
     * True when a message that asks nothing adds a detail to {@code current} ("утром ничего не
     * помнит", "лор говорил аденоиды большие") rather than "not my topic": a few words, not many of
     * another subject, and saying something of the topic in its words or sounding like some topic to
     * the classifier; "а соседка у нас вообще странная" does neither. Thanks and goodbyes were
     * taken before this.
     */
    boolean remarkAbout(Utterance said, Topic current, Classification understood) {
        return said.size() >= REMARK_MIN_WORDS && ownWords(said, current) <= REMARK_OWN_WORDS
                && (topicWords(said, current) > 0 || understood.runnerUpConfidence() >= REMARK_GUESS);
    }

    /**
     * True when a short question in a going conversation that the classifier placed on {@code best},
     * without being sure, has no word that people use about {@code best} and not about {@code current}
     * ("и сколько это длится, до школы?" in a talk about night terrors): nothing in it names the
     * neighbour, so it asks about the topic on screen. A neighbour's own signs ("а у взрослых так
     * бывает?", "в голове бахает") have such words and switch the topic.
     */
    boolean staysWith(Session session, Topic current, Topic best, Classification understood, Utterance said) {
        if (!session.going() || said.size() > AnswerFeature.CONTEXT_WORDS || best.taxonomyId().equals(current.taxonomyId())
                || understood.confidence() >= AnswerFeature.SURE || !followUps.asks(said)
                || ownWords(said, current) > STAY_OWN_WORDS) {
            return false;
        }
        return !namesNeighbour(said, best, current);
    }

    /** True when the message has a word that people use about {@code best} and not about {@code current}. */
    private boolean namesNeighbour(Utterance said, Topic best, Topic current) {
        List<Boolean> cue = followUps.cueWords(said);
        for (int i = 0; i < said.size(); i++) {
            String stem = said.stem(i);
            // Cue and glue words ("сколько это длится") ask a side; they name no neighbour.
            if (!cue.get(i) && stem.length() >= TopicWords.MIN_STEM && words.of(best, stem) && !words.of(current, stem)) {
                return true;
            }
        }
        return false;
    }

    /** How many words of the message are words people use about {@code current} ("помнит" about night terrors). */
    int topicWords(Utterance said, Topic current) {
        int count = 0;
        for (int i = 0; i < said.size(); i++) {
            if (said.stem(i).length() >= TopicWords.MIN_STEM && words.of(current, said.stem(i))) {
                count++;
            }
        }
        return count;
    }

    /** True when {@code topic} is the one on screen or the conversation's subject (now or just before). */
    boolean inConversation(Session session, Topic topic) {
        return java.util.stream.Stream.of(session.topicId(), session.subject(), session.formerSubject())
                .flatMap(Optional::stream).anyMatch(id -> id.equals(topic.id()) || id.equals(topic.taxonomyId()));
    }

    /** True when {@code topic} itself, not only its family, is the one on screen or the conversation's subject. */
    boolean talkedAboutItself(Session session, Topic topic) {
        return Stream.of(session.topicId(), session.subject(), session.formerSubject()).flatMap(Optional::stream)
                .anyMatch(topic.id()::equals);
    }

    /** Remembers the topic shown; a side topic leaves the conversation's subject as it was (if it has one). */
    void talkedAbout(Turn turn, Topic topic, Aspect aspect) {
        Session session = turn.session();
        session.talkedAbout(topic.id(), aspect);
        if (!sideTopics.contains(topic.id()) || session.subject().isEmpty()) {
            session.subject(topic.id());
        }
    }

    /**
     * A question about a child gets what the topic says about children, whatever side it asks: that
     * section tells children's warning signs and their doctor. More about the same topic that asks
     * no side of its own, right after that section, is still about the child.
     */
    Aspect forWhom(Session session, Topic topic, Aspect asked, Utterance said) {
        if (topic.section(Aspect.CHILDREN).isEmpty()) {
            return asked;
        }
        boolean stillTheChild = asked == null && session.topicId().filter(topic.id()::equals).isPresent()
                && session.aspect().filter(Aspect.CHILDREN::equals).isPresent();
        // In a talk about a child, a question that asks no side, or whether it is dangerous, is about the
        // child; in a talk about a pregnancy, "малыш" is the baby to come, not a child's section.
        Audience.Who who = audience.of(session, said, followUps.namesChild(said));
        boolean child = followUps.namesChild(said) && who != Audience.Who.PREGNANT
                || who == Audience.Who.CHILD && (asked == null || asked == Aspect.IS_DANGEROUS);
        return child || stillTheChild ? Aspect.CHILDREN : asked;
    }
}
