package ru.sleepbot.dialog.emergency;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Topic;
import ru.sleepbot.dialog.Acknowledgement;
import ru.sleepbot.dialog.Farewells;
import ru.sleepbot.dialog.Phrases;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Utterance;
import ru.sleepbot.safety.Assessment;
import ru.sleepbot.safety.Level;

/**
 * When a short message in emergency mode is not about the emergency. Emergency mode keeps short
 * messages with the situation ("он синий", "что в рот положить?"), but a person also asks for
 * something else in a few words: a feature of the bot ("удалите мои данные"), thanks or goodbye, a
 * question the classifier is sure is about another subject ("а храп у жены опасен?"); and says
 * when it is over or in doctors' hands ("врачи приехали", "нас забрали в больницу", "всё
 * обошлось"). The words are content ({@code intents/lexicon/emergency.yaml}); the triage cues
 * ("опять синеет": worse) always keep a message with the emergency.
 */
public final class EmergencyExit {

    /** The reply key of {@code messages/safety.yaml} for "it is over" said without a cue of its own. */
    static final String OVER = "over";
    /** Cues that, even after the doctors came, tell about the same emergency going on. */
    static final Set<String> STILL_THE_EMERGENCY = Set.of("worse", "no_call");
    /** Cues that may stand beside "it is over" ("всё обошлось, спасибо", "уже лучше, врачи приехали"). */
    private static final Set<String> SETTLING_CUES = Set.of("", "arrived", "thanks", "better", "medicine", "ambulance",
            "next");
    /**
     * Cues that do not tie a message to the emergency by themselves: no cue, thanks, and "better",
     * whose words ("спит", "уснула", "лучше") are everyday words of a conversation about sleep.
     */
    private static final Set<String> WEAK_CUES = Set.of("", "thanks", "better");
    /** How sure the classifier must be that a question is about another subject to let it past the emergency. */
    static final double SURE = 0.8;
    /** Topics about one side of every subject: after a warning, a question on them asks about the warning. */
    private static final Set<String> ASPECTS_OF_EVERY_TOPIC = Set.of("when_to_see_doctor", "diagnostics", "treatment");
    /**
     * Conversation intents that are not about the emergency when the message says them in words (help
     * asked by words is a feature request): the classifier alone takes "мне лечь пока?" for goodbye and
     * "спрашивает, что с ним" for help.
     */
    private static final Set<String> SMALL_TALK = Set.of("thanks", "goodbye", "help");

    private final Function<Utterance, Classification> understand;
    private final Predicate<Utterance> featureAsked;
    private final Phrases over;
    private final Set<String> topics;
    /** The topic of an emergency, by sign: its family stays with the emergency, and follows it once over. */
    private final java.util.Map<String, Topic> topicOf;
    private final Set<String> questionWords;
    private final Farewells farewells;
    private final Acknowledgement acknowledgement;

    /**
     * @param understand   the classifier's decision on a message, as the dialog would act on it
     * @param featureAsked whether a message asks for a feature of the bot by words
     */
    public EmergencyExit(KnowledgeBase knowledge, RussianAnalyzer analyzer, Function<Utterance, Classification> understand,
                         Predicate<Utterance> featureAsked) {
        this.understand = Objects.requireNonNull(understand, "understand");
        this.featureAsked = Objects.requireNonNull(featureAsked, "featureAsked");
        this.over = new Phrases(knowledge.lexicon().words("emergency.over"));
        this.topics = knowledge.topics().stream().flatMap(t -> java.util.stream.Stream.of(t.id(), t.taxonomyId()))
                .collect(java.util.stream.Collectors.toSet());
        java.util.Map<String, Topic> bySign = new java.util.HashMap<>();
        for (String pair : knowledge.lexicon().words("emergency.topic_of")) {
            String[] parts = pair.split(":", 2);
            Topic topic = parts.length < 2 ? null : knowledge.topic(parts[1]).orElse(null);
            if (topic == null) {
                throw new IllegalArgumentException("emergency.topic_of: '" + pair + "' is not sign:topic of a known topic");
            }
            bySign.put(parts[0], topic);
        }
        this.topicOf = java.util.Map.copyOf(bySign);
        this.questionWords = knowledge.lexicon().words("followup.question_words", analyzer::normalize);
        this.farewells = new Farewells(knowledge.lexicon());
        this.acknowledgement = new Acknowledgement(knowledge.lexicon());
    }

    /**
     * "скорая приехала", "уже в больнице", "всё обошлось": the doctors have it, or it is over; not
     * when the message also tells of the emergency going on (worse, no call, a doubt, medicine).
     */
    boolean isOver(Utterance said, String cue) {
        return cue.equals("arrived") || (SETTLING_CUES.contains(cue) && over.in(said));
    }

    /** A question or a request rather than news: after "it is over" it is answered as usual. */
    boolean asksSomething(Utterance said) {
        return isQuestion(said) || featureAsked.test(said);
    }

    /**
     * A short message in emergency mode that is about something else: a feature asked for by words,
     * thanks, goodbye or help the classifier is sure of, or a question it is sure is about a topic
     * other than the emergency's own ({@code emergency.topic_of}); never a message with a cue of
     * the emergency (worse, a doubt, the ambulance, medicine, what next...) or one that raises a
     * warning itself.
     */
    /** The topic the emergency {@code sign} is about, if content names one. */
    java.util.Optional<Topic> topicOf(String sign) {
        return java.util.Optional.ofNullable(topicOf.get(sign));
    }

    boolean isSomethingElse(Utterance said, Assessment assessment, String sign) {
        if (!WEAK_CUES.contains(assessment.cue())) {
            return false;
        }
        if (featureAsked.test(said)) {
            return true;
        }
        // Thanks in the middle of an emergency gets the emergency's own "I am here" (of kind thanks).
        if (assessment.cue().equals("thanks") || assessment.is(Level.URGENT) || assessment.is(Level.EMERGENCY)) {
            return false;
        }
        Classification understood = understand.apply(said);
        if (understood.outOfScope()) {
            return false;
        }
        if (SMALL_TALK.contains(understood.intent())) {
            return understood.intent().equals("goodbye") ? farewells.saysGoodbye(said)
                    : understood.intent().equals("thanks") && farewells.saysThanks(said);
        }
        boolean itsOwn = topicOf(sign).filter(t -> t.taxonomyId().equals(understood.intent())).isPresent();
        return topics.contains(understood.intent()) && !itsOwn && understood.confidence() >= SURE && isQuestion(said);
    }

    /**
     * A question the classifier is sure is about a topic that is not a side of every topic (which
     * doctor, which tests): after a warning sign, "а апноэ лечится?" gets the topic, "к какому
     * врачу?" the warning's own whom-to-see again.
     */
    boolean isSureTopic(Utterance said) {
        Classification understood = understand.apply(said);
        return topics.contains(understood.intent()) && !ASPECTS_OF_EVERY_TOPIC.contains(understood.intent())
                && understood.confidence() >= SURE && isQuestion(said);
    }

    /**
     * A message the classifier places in no intent, and that neither thanks, says goodbye nor closes
     * with "got it" ("ок, скажу маме", "ясно, еду в приёмный"): those are answered as small talk.
     */
    boolean isUnplaced(Utterance said) {
        return !acknowledgement.closes(said) && !farewells.saysThanks(said) && !farewells.saysGoodbye(said)
                && understand.apply(said).outOfScope();
    }

    private boolean isQuestion(Utterance said) {
        return said.raw().contains("?") || (!said.isEmpty() && questionWords.contains(said.token(0)))
                || (said.size() > 1 && questionWords.contains(said.token(1)));
    }
}
