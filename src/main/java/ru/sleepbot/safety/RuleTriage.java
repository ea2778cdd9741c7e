package ru.sleepbot.safety;

import java.util.Objects;
import java.util.Set;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Utterance;

/**
 * {@link Triage} by the rules of {@code intents/safety/}: the message is read once
 * ({@link Reader}), its concepts found ({@link Mentions}), and the signs tried from the most
 * urgent level down, in file order within a level; the first sign one of whose rules holds
 * decides. Stateless apart from the immutable {@link RuleBook}, so thread-safe.
 */
final class RuleTriage implements Triage {

    /** How many words after "если" its verb of the future may stand ("если у него опять будут"). */
    private static final int FUTURE_REACH = 6;
    /** The furthest word "если" may stand at to open the message ("а если", "а что если"). */
    private static final int OPENING = 2;

    private final RuleBook book;
    private final Reader reader;

    RuleTriage(RuleBook book, RussianAnalyzer analyzer) {
        this.book = Objects.requireNonNull(book, "book");
        this.reader = new Reader(book, Objects.requireNonNull(analyzer, "analyzer"));
    }

    @Override
    public Assessment assess(Utterance said, Set<String> context) {
        if (said.isEmpty()) {
            return Assessment.ROUTINE;
        }
        Mentions mentions = Mentions.find(reader.read(said), book);
        boolean[] earlier = new boolean[book.concepts.size()];
        for (String name : context) {
            Integer id = book.conceptId(name);
            if (id != null) {
                earlier[id] = true;
            }
        }
        Assessment result = Assessment.ROUTINE;
        levels:
        for (Level level : Level.values()) {
            for (Sign sign : book.signs) {
                if (sign.level() != level) {
                    continue;
                }
                for (Rule rule : sign.rules()) {
                    int[] span = RuleMatch.find(rule, mentions, earlier);
                    if (span != null && !askedAheadOnly(level, mentions, span)) {
                        result = new Assessment(level, sign.id(), rule.detail(), person(mentions, span, earlier), "");
                        break levels;
                    }
                }
            }
        }
        return result.with(cue(mentions), remembered(mentions));
    }

    /**
     * True when the sign is only asked about in advance: an emergency always; a warning sign unless
     * the message says it has happened already ("если опять будет как на прошлой неделе": that
     * week's episode is the warning sign, and its doctor is the answer).
     */
    private boolean askedAheadOnly(Level level, Mentions mentions, int[] span) {
        if (level == Level.EMERGENCY) {
            return askedAhead(mentions, span);
        }
        return level == Level.URGENT && !(book.toldBefore >= 0 && mentions.has(book.toldBefore))
                && askedAhead(mentions, span);
    }

    /** True when the alarm is asked about in advance: its answer is the topic's "when to call 103". */
    private boolean askedAhead(Mentions mentions, int[] span) {
        return willHappen(mentions, span) || wouldCount(mentions, span);
    }

    /**
     * True when the message opens with "а если" and asks whether what it describes would count as
     * the sign ("а если он дёргается ритмично минуту подряд, это уже судороги?"), saying nothing
     * of it happening now ("сейчас", "уже минут семь"): a writer who sees it now says so, and the
     * alarm's words may well stand in the question itself.
     */
    private boolean wouldCount(Mentions mentions, int[] span) {
        int condition = book.askedAhead;
        int whether = book.askedWhether;
        if (condition < 0 || whether < 0 || !mentions.has(condition) || !mentions.has(whether)
                || (book.happeningNow >= 0 && mentions.has(book.happeningNow))) {
            return false;
        }
        int at = mentions.start(mentions.from(condition));
        return at <= OPENING && at <= span[0] && mentions.start(mentions.from(whether)) > at;
    }

    /**
     * True when the alarm's words come after "если" or "вдруг" with a verb of the future in the same
     * sentence ("а если она синеть начнёт?", "что делать, если начнутся судороги"): a question asked
     * in advance, not an ambulance now. A condition that follows the alarm ("не дышит, если что") or
     * speaks of now ("если он не дышит") is none.
     */
    private boolean willHappen(Mentions mentions, int[] span) {
        int condition = book.askedAhead;
        int future = book.futureAct;
        if (condition < 0 || future < 0 || !mentions.has(condition) || !mentions.has(future)) {
            return false;
        }
        int sentence = mentions.sentence(span[1]);
        for (int m = mentions.from(condition); m < mentions.to(condition) && mentions.start(m) <= span[1]; m++) {
            int at = mentions.start(m);
            if (mentions.sentence(at) != sentence) {
                continue;
            }
            for (int f = mentions.firstFrom(future, at); f < mentions.to(future)
                    && mentions.start(f) - at <= FUTURE_REACH; f++) {
                if (mentions.sentence(mentions.start(f)) == sentence) {
                    return true;
                }
            }
        }
        return false;
    }

    private String cue(Mentions mentions) {
        for (int i = 0; i < book.cueConcepts.length; i++) {
            if (mentions.has(book.cueConcepts[i])) {
                return book.cues.get(i);
            }
        }
        return "";
    }

    private Set<String> remembered(Mentions mentions) {
        Set<String> names = new java.util.LinkedHashSet<>(4);
        for (int concept : book.remembered) {
            if (mentions.has(concept)) {
                names.add(book.concepts.get(concept));
            }
        }
        return names;
    }

    /**
     * The person named nearest to the words that showed the sign; else the one earlier messages
     * named (a pregnancy before a child); anyone when none is named.
     */
    private Person person(Mentions mentions, int[] span, boolean[] earlier) {
        Person nearest = Person.ANYONE;
        int best = Integer.MAX_VALUE;
        for (Person person : Person.values()) {
            int concept = book.personConcepts[person.ordinal()];
            if (concept < 0) {
                continue;
            }
            int distance = RuleMatch.distance(mentions, concept, span);
            if (distance < best) {
                best = distance;
                nearest = person;
            }
        }
        if (nearest == Person.ANYONE) {
            for (Person person : Person.values()) {
                int concept = book.personConcepts[person.ordinal()];
                if (concept >= 0 && earlier[concept]) {
                    return person;
                }
            }
        }
        return nearest;
    }
}
