package ru.sleepbot.dialog.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.content.Topic;
import ru.sleepbot.nlu.Utterance;

/**
 * Neighbour topics the classifier confuses (kicking in one's sleep and restless legs, lying awake
 * and sleeping too little, a child's night terrors and a seizure), each with the words that tell
 * one from the other: "пинаюсь во сне, сам не помню" is the kicking, "вечером тянет встать и
 * походить" the restless legs. The classifier weighs all words of a message alike; these few say
 * which of two close topics a person means, so they decide between them when the classifier
 * hesitates between the two or when the talk is already about one of them. The words are content
 * (intents/lexicon/neighbours.yaml): per entry, the two {@code topics} and, under each topic's id,
 * its cues: beginnings of Snowball stems, or runs of them ("не мог усн"). A cue right after "не"
 * or "нет", or with "нет" among the few words after it, counts for nothing ("ноги не ноют",
 * "остановок дыхания вроде нет").
 */
final class NeighbourCues {

    /** Cues of the other topic alone, none of the classifier's, that switch even without a hint from it. */
    static final int STRONG = 2;
    private static final String PREFIX = "neighbours.";
    private static final Set<String> NEGATIONS = Set.of("не", "нет", "ни", "без");
    /** "пауз в дыхании вроде нет": a "нет" this many words after a cue denies it. */
    static final int DENIED_WITHIN = 4;

    private record Side(Topic topic, List<List<String>> cues) {
    }

    private record Pair(Side first, Side second) {

        /**
         * The side of {@code topic}, by its own id only: a finer topic (kicking in one's sleep under restless
         * legs, the fear of falling asleep under stress) is a neighbour of its own, not its family's.
         */
        Optional<Side> of(Topic topic) {
            return first.topic().id().equals(topic.id()) ? Optional.of(first)
                    : second.topic().id().equals(topic.id()) ? Optional.of(second) : Optional.empty();
        }

        Side other(Side side) {
            return side == first ? second : first;
        }
    }

    private final List<Pair> pairs = new ArrayList<>();

    NeighbourCues(KnowledgeBase knowledge) {
        Lexicon lexicon = knowledge.lexicon();
        for (String name : TopicPairs.names(lexicon, PREFIX)) {
            List<Topic> topics = TopicPairs.of(knowledge, PREFIX, name);
            pairs.add(new Pair(side(lexicon, name, topics.get(0)), side(lexicon, name, topics.get(1))));
        }
    }

    private static Side side(Lexicon lexicon, String name, Topic topic) {
        String key = PREFIX + name + "." + topic.id();
        if (!lexicon.has(key)) {
            throw new IllegalArgumentException(key + " is missing: every topic of an entry needs its cues");
        }
        return new Side(topic, lexicon.words(key).stream().sorted().map(cue -> List.of(cue.split(" "))).toList());
    }

    /**
     * The neighbour of {@code best} that the message's own words point to, when the classifier
     * hesitated between them ({@code hinted}: the neighbour is its runner-up or the topic talked
     * about) and the message has more of the neighbour's cues than of {@code best}'s, or, without a
     * hint, when it has {@link #STRONG} of the neighbour's cues and none of {@code best}'s.
     */
    Optional<Topic> instead(Topic best, Utterance said, java.util.function.Predicate<Topic> hinted) {
        for (Pair pair : pairs) {
            Optional<Side> own = pair.of(best);
            if (own.isEmpty()) {
                continue;
            }
            Side other = pair.other(own.get());
            int mine = count(said, own.get());
            int theirs = count(said, other);
            if (hinted.test(other.topic()) ? theirs > mine : theirs >= STRONG && mine == 0) {
                return Optional.of(other.topic());
            }
        }
        return Optional.empty();
    }

    /**
     * The neighbour of the topic on screen that a message placed elsewhere, or nowhere, speaks of in
     * its words: "я сам ничего не замечаю, сплю как убитый" in a talk about restless legs is the
     * kicking in one's sleep. Only when the message has a cue of the neighbour and none of the topic's.
     */
    Optional<Topic> awayFrom(Topic current, Utterance said) {
        for (Pair pair : pairs) {
            Optional<Side> own = pair.of(current);
            if (own.isPresent() && count(said, own.get()) == 0 && count(said, pair.other(own.get())) > 0) {
                return Optional.of(pair.other(own.get()).topic());
            }
        }
        return Optional.empty();
    }

    /**
     * The topic to answer for a message the classifier placed on {@code best}: a neighbour its words
     * point to ({@link #instead}, hinted by the runner-up or the conversation), or, for a message not
     * sure to be about a third topic and short enough to be about the talk, the neighbour of the
     * topic on screen it speaks of ({@link #awayFrom}); otherwise {@code best}.
     */
    Topic choose(Topic best, Optional<Topic> onScreen, boolean sureOfBest, Utterance said,
                 java.util.function.Predicate<Topic> hinted) {
        return instead(best, said, hinted)
                .or(() -> onScreen.filter(c -> !sureOfBest && !c.id().equals(best.id()))
                        .filter(c -> said.size() <= AnswerFeature.CONTEXT_WORDS).flatMap(c -> awayFrom(c, said)))
                .orElse(best);
    }

    /** True when the message has more cues of {@code topic} than of a neighbour of it ({@code other}). */
    boolean favours(Topic topic, Topic other, Utterance said) {
        for (Pair pair : pairs) {
            Optional<Side> own = pair.of(topic);
            if (own.isPresent() && pair.of(other).filter(side -> side != own.get()).isPresent()) {
                return count(said, own.get()) > count(said, pair.other(own.get()));
            }
        }
        return false;
    }

    /** How many cues of {@code side} the message has, each counted once, none right after a negation. */
    private static int count(Utterance said, Side side) {
        int found = 0;
        for (List<String> cue : side.cues()) {
            if (has(said, cue)) {
                found++;
            }
        }
        return found;
    }

    private static boolean has(Utterance said, List<String> cue) {
        for (int start = 0; start + cue.size() <= said.size(); start++) {
            boolean negated = start > 0 && NEGATIONS.contains(said.token(start - 1)) && !NEGATIONS.contains(cue.get(0))
                    || deniedAfter(said, start + cue.size());
            if (!negated && matchesAt(said, cue, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean deniedAfter(Utterance said, int from) {
        for (int i = from; i < Math.min(said.size(), from + DENIED_WITHIN); i++) {
            if (said.token(i).equals("нет")) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(Utterance said, List<String> cue, int start) {
        for (int i = 0; i < cue.size(); i++) {
            String word = cue.get(i);
            // Short words of a run ("во", "не") are whole words; longer ones are beginnings of stems.
            boolean ok = word.length() <= 2 ? said.token(start + i).equals(word) || said.stem(start + i).equals(word)
                    : said.stem(start + i).startsWith(word) || said.token(start + i).startsWith(word);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
