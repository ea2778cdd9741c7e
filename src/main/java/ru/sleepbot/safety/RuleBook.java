package ru.sleepbot.safety;

import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.sleepbot.content.KnowledgeBase;

/**
 * The compiled rules of {@code intents/safety/}: every word pattern in one {@link WordIndex}, the
 * terms of each concept indexed by their first pattern, the negation words, the signs in order,
 * the follow-up cues and the concepts that say whom a message is about. Immutable and shared
 * between threads.
 */
final class RuleBook {

    final List<WordPattern> patterns;
    final WordIndex index;
    /** The typo-prone patterns long enough for a typo to count, for the search with one edit. */
    final WordIndex typoIndex;
    final int[] numberPatterns;
    /** By pattern id: is it a number ({@code #}, {@code #20-42})? */
    final boolean[] isNumber;
    final List<Term> terms;
    /** Terms of one word, by pattern id: [0] of ordinary concepts, [1] of quiet ones. */
    final int[][][] singles;
    /** Terms of several words by their first two patterns: [0] ordinary, [1] quiet (longest first). */
    final PhraseIndex[] phrases;
    final List<String> concepts;
    /** Concepts whose terms only hide words ({@code quiet.}), by concept id. */
    final boolean[] quiet;
    /** The most words any term has. */
    final int longestPhrase;
    final Negation negation;
    final List<Sign> signs;
    final List<String> cues;
    /** Concept id of each cue, in {@link #cues} order. */
    final int[] cueConcepts;
    /** Concept ids a conversation keeps in mind for its later messages ({@code remember:}). */
    final int[] remembered;
    /**
     * Concept ids of {@code asked_ahead} ("если", "вдруг") and {@code future_act} ("начнёт", "будут"):
     * an alarm whose words follow the first with the second soon after, in one sentence, is asked
     * about in advance, not happening ("а если она синеть начнёт?"); -1 when the rules have none.
     */
    final int askedAhead;
    final int futureAct;
    /** Concept id of {@code told_before} ("как на прошлой неделе"): the warning sign has happened. */
    final int toldBefore;
    /**
     * Concept ids of {@code asked_whether} ("это уже", "это считается") and {@code happening_now}
     * ("сейчас", "уже минут"): "а если ..., это уже судороги?" asks whether a thing would count;
     * -1 when the rules have none.
     */
    final int askedWhether;
    final int happeningNow;
    /** Concept id naming each {@link Person}, by ordinal; -1 when the rules do not name that person. */
    final int[] personConcepts;
    /** Correctly spelt words (from the bot's own texts and the rules): never read as typos. */
    final Set<String> knownWords;
    /** What is known of each correctly spelt word, worked out once: most words of a message are known. */
    final Map<String, Known> vocabulary;

    /** A known word: the patterns it matches and its negation roles ({@link Reading#NEGATOR}...). */
    record Known(int[] patterns, byte role) {
    }
    /** Patterns a misspelt word may stand for ({@code typos:} concepts), by pattern id. */
    final boolean[] typoProne;
    private final Map<String, Integer> conceptIds;

    RuleBook(List<WordPattern> patterns, List<Term> terms, List<String> concepts, Negation negation,
             List<Sign> signs, List<String> cues, Set<String> knownWords, boolean[] typoProne,
             List<String> remembered) {
        this(patterns, terms, concepts, negation, signs, cues, knownWords, typoProne, remembered,
                WordIndex.of(patterns, id -> true), WordIndex.of(patterns, id -> typoProne[id]));
    }

    /** With the word indexes built already: the build's snapshot keeps them ({@link TriageSnapshot}). */
    RuleBook(List<WordPattern> patterns, List<Term> terms, List<String> concepts, Negation negation,
             List<Sign> signs, List<String> cues, Set<String> knownWords, boolean[] typoProne,
             List<String> remembered, WordIndex index, WordIndex typoIndex) {
        this.patterns = List.copyOf(patterns);
        this.index = index;
        this.numberPatterns = java.util.stream.IntStream.range(0, patterns.size())
                .filter(i -> patterns.get(i).kind() == WordPattern.Kind.NUMBER).toArray();
        this.isNumber = new boolean[patterns.size()];
        for (int id : numberPatterns) {
            isNumber[id] = true;
        }
        this.terms = List.copyOf(terms);
        this.concepts = List.copyOf(concepts);
        this.conceptIds = new java.util.HashMap<>();
        for (int i = 0; i < concepts.size(); i++) {
            conceptIds.put(concepts.get(i), i);
        }
        this.longestPhrase = terms.stream().mapToInt(t -> t.parts().length).max().orElse(1);
        this.quiet = new boolean[concepts.size()];
        for (int i = 0; i < concepts.size(); i++) {
            quiet[i] = concepts.get(i).startsWith("quiet.");
        }
        this.singles = new int[][][] {singlesByPattern(false), singlesByPattern(true)};
        this.phrases = new PhraseIndex[] {phraseIndex(false), phraseIndex(true)};
        this.negation = negation;
        this.signs = List.copyOf(signs);
        this.cues = List.copyOf(cues);
        this.cueConcepts = cues.stream().mapToInt(c -> concept("cue." + c)).toArray();
        this.askedAhead = conceptIds.getOrDefault("asked_ahead", -1);
        this.futureAct = conceptIds.getOrDefault("future_act", -1);
        this.toldBefore = conceptIds.getOrDefault("told_before", -1);
        this.askedWhether = conceptIds.getOrDefault("asked_whether", -1);
        this.happeningNow = conceptIds.getOrDefault("happening_now", -1);
        this.personConcepts = new int[Person.values().length];
        for (Person person : Person.values()) {
            Integer id = person.concept() == null ? null : conceptIds.get(person.concept());
            personConcepts[person.ordinal()] = id == null ? -1 : id;
        }
        this.knownWords = Set.copyOf(knownWords);
        this.remembered = remembered.stream().mapToInt(this::concept).toArray();
        this.typoProne = typoProne.clone();
        this.typoIndex = typoIndex;
        Map<String, Known> known = new java.util.HashMap<>();
        IntList found = new IntList(8);
        int[] none = new int[0];
        Set<String> words = new java.util.HashSet<>(this.knownWords);
        words.addAll(negation.wordRoles().keySet());
        for (String word : words) {
            if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
                continue; // numbers are matched by value, every time
            }
            found.clear();
            index.exact(word, 0, word.length(), found);
            known.put(word, new Known(found.isEmpty() ? none : found.toArray(), negation.role(word)));
        }
        // a HashMap, not Map.copyOf: one lookup per word of every message, the cached hash helps
        this.vocabulary = java.util.Collections.unmodifiableMap(known);
    }

    /** Reads and compiles the rules in {@code knowledge}; a mistake in them stops the bot at start. */
    static RuleBook load(KnowledgeBase knowledge) {
        return RuleLoader.load(knowledge);
    }

    /** The id of a concept, or null when the rules have none of that name. */
    Integer conceptId(String name) {
        return conceptIds.get(name);
    }

    int concept(String name) {
        Integer id = conceptIds.get(name);
        if (id == null) {
            throw new IllegalArgumentException("no concept '" + name + "' in intents/safety/");
        }
        return id;
    }

    private PhraseIndex phraseIndex(boolean quietOnes) {
        List<Integer> ids = new java.util.ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            if (terms.get(t).isPhrase() && quiet[terms.get(t).concept()] == quietOnes) {
                ids.add(t);
            }
        }
        // Longest first, so that a longer quiet phrase takes its words before a shorter one.
        ids.sort((a, b) -> terms.get(b).parts().length - terms.get(a).parts().length);
        return new PhraseIndex(terms, ids, patterns.size());
    }

    private int[][] singlesByPattern(boolean quietOnes) {
        IntList[] lists = new IntList[patterns.size()];
        for (int t = 0; t < terms.size(); t++) {
            Term term = terms.get(t);
            if (!term.isPhrase() && quiet[term.concept()] == quietOnes) {
                int first = term.parts()[0];
                if (lists[first] == null) {
                    lists[first] = new IntList(2);
                }
                lists[first].add(t);
            }
        }
        int[][] result = new int[patterns.size()][];
        for (int p = 0; p < result.length; p++) {
            result[p] = lists[p] == null ? new int[0] : lists[p].toArray();
        }
        return result;
    }

}
