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
                    if (span != null) {
                        result = new Assessment(level, sign.id(), rule.detail(), person(mentions, span, earlier), "");
                        break levels;
                    }
                }
            }
        }
        return result.with(cue(mentions), remembered(mentions));
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
        Set<String> names = new java.util.HashSet<>(4);
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
            for (int m = mentions.from(concept); m < mentions.to(concept); m++) {
                int distance = Math.max(0, Math.max(span[0] - mentions.end(m), mentions.start(m) - span[1]));
                if (distance < best) {
                    best = distance;
                    nearest = person;
                }
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
