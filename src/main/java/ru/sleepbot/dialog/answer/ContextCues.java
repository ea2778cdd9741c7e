package ru.sleepbot.dialog.answer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.content.Aspect;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Utterance;

/**
 * Rules over the analyzer's tokens and Snowball stems that read the words of a follow-up.
 * Rules rather than a second model: the vocabulary of follow-ups is small and closed, the rules
 * are easy to test one by one, and a short "а это опасно?" has too few features for a classifier.
 */
final class ContextCues {

    /** Cues with stem prefixes, in the order they are tried: the first match wins. */
    private static final List<ContextCue> PREFIX_ORDER = List.of(ContextCue.WHEN_DOCTOR, ContextCue.DIFFERENCE,
            ContextCue.FEAR, ContextCue.IS_DANGEROUS, ContextCue.WHAT_TO_DO, ContextCue.CAUSES, ContextCue.WHAT_IS,
            ContextCue.MORE, ContextCue.CHILD, ContextCue.PREGNANCY);
    /** Conditions a follow-up may name, by id: the keys of followup.condition in the lexicon. */
    static final List<String> CONDITIONS = List.of("diabetes", "elderly", "heart");
    static final String ELDERLY = "elderly";
    static final int ELDERLY_AGE = 60;

    /** The words are content (intents/lexicon/followup.yaml); see that file for how each list matches. */
    private final List<Map.Entry<ContextCue, Set<String>>> stemPrefixes;
    private final Map<String, ContextCue> exactStems;
    private final Map<String, ContextCue> exactWords;
    private final Set<String> glue;
    private final Set<String> whatIsThis;
    private final Set<String> whatIsRuns;
    private final Set<String> whichDoctor;
    /** Runs of words that ask a side in an unplaced question, in the order they are tried. */
    private final Map<Aspect, Set<String>> sideRuns;
    /** Last words of a question that ask a side ("… можно?" what to do). */
    private final Set<String> whatToDoEnds;
    private final Set<String> questionWords;
    private final List<List<String>> isItOpeners;
    private final Map<String, Set<String>> conditions;
    private final Set<String> ruleOut;
    private final Set<String> either;

    ContextCues(RussianAnalyzer analyzer, Lexicon lexicon) {
        List<Map.Entry<ContextCue, Set<String>>> prefixes = new ArrayList<>();
        for (ContextCue cue : PREFIX_ORDER) {
            prefixes.add(Map.entry(cue, lexicon.words("followup.stem_prefix." + key(cue), analyzer::normalize)));
        }
        this.stemPrefixes = List.copyOf(prefixes);
        Map<String, ContextCue> stems = new HashMap<>();
        for (ContextCue cue : List.of(ContextCue.CAUSES, ContextCue.WHAT_TO_DO, ContextCue.CHILD, ContextCue.PREGNANCY)) {
            lexicon.words("followup.exact_stem." + key(cue), analyzer::normalize).forEach(w -> stems.put(w, cue));
        }
        this.exactStems = Map.copyOf(stems);
        Map<String, ContextCue> words = new HashMap<>();
        lexicon.words("followup.word." + key(ContextCue.WHAT_IS), analyzer::normalize)
                .forEach(w -> words.put(w, ContextCue.WHAT_IS));
        this.exactWords = Map.copyOf(words);
        this.glue = lexicon.words("followup.glue", analyzer::normalize);
        this.whatIsThis = lexicon.words("followup.what_is_this", analyzer::normalize);
        this.whatIsRuns = lexicon.words("followup.what_is_run", analyzer::normalize);
        this.whichDoctor = lexicon.words("followup.which_doctor", analyzer::normalize);
        Map<Aspect, Set<String>> runs = new java.util.LinkedHashMap<>();
        for (Aspect side : List.of(Aspect.DIFFERENCE, Aspect.WHAT_TO_DO, Aspect.CAUSES)) {
            runs.put(side, lexicon.words("followup.side_run." + side.key(), analyzer::normalize));
        }
        this.sideRuns = java.util.Collections.unmodifiableMap(runs);
        this.whatToDoEnds = lexicon.words("followup.side_end." + Aspect.WHAT_TO_DO.key(), analyzer::normalize);
        this.questionWords = lexicon.words("followup.question_words", analyzer::normalize);
        // Longest first, so "это не" is tried before "это".
        this.isItOpeners = lexicon.words("followup.is_it", analyzer::normalize).stream()
                .map(phrase -> List.of(phrase.split(" "))).sorted((a, b) -> b.size() - a.size()).toList();
        Map<String, Set<String>> named = new java.util.LinkedHashMap<>();
        CONDITIONS.forEach(id -> named.put(id, lexicon.words("followup.condition." + id, analyzer::normalize)));
        this.conditions = java.util.Collections.unmodifiableMap(named);
        this.ruleOut = lexicon.words("followup.rule_out", analyzer::normalize);
        this.either = lexicon.words("followup.either", analyzer::normalize);
    }

    /** "а это точно не ...": a word that rules something out among the first {@code within}, and no choice between two. */
    boolean rulesOut(Utterance said, int within) {
        return said.tokens().stream().limit(within).anyMatch(ruleOut::contains) && said.tokens().stream().noneMatch(either::contains);
    }

    /**
     * "а к какому?", "а к кому с этим идти?": all glue word by word, yet a run of its words asks which
     * doctor.
     */
    boolean asksWhichDoctor(Utterance said) {
        return hasRun(said, whichDoctor);
    }

    /**
     * The side a run of words asks: "как распознать" how to tell, "как быть" what to do, "с чего" or
     * "может от этого всё" what causes it; or a question's last word ("… можно?") what to do.
     */
    Optional<Aspect> sideByRun(Utterance said) {
        return sideRuns.entrySet().stream().filter(e -> hasRun(said, e.getValue())).map(Map.Entry::getKey).findFirst()
                .or(() -> said.raw().contains("?") && !said.isEmpty() && whatToDoEnds.contains(said.token(said.size() - 1))
                        ? Optional.of(Aspect.WHAT_TO_DO) : Optional.empty());
    }

    /** "миоклонии, это что за зверь?": a run of words that asks what a thing is. */
    boolean asksWhatItIsByRun(Utterance said) {
        return hasRun(said, whatIsRuns);
    }

    private static boolean hasRun(Utterance said, Set<String> runs) {
        String words = " " + String.join(" ", said.tokens()) + " ";
        return runs.stream().anyMatch(run -> words.contains(" " + run + " "));
    }

    /** "как", "почему", "можно", "надо": a word that makes a message a question without a question mark. */
    boolean isQuestionWord(String token) {
        return questionWords.contains(token);
    }

    /** The conditions the message names ("диабет" → diabetes, "мне 75" → elderly), in the lexicon's order. */
    List<String> conditions(Utterance said) {
        List<String> named = new ArrayList<>(conditions.entrySet().stream()
                .filter(e -> said.stems().stream().anyMatch(stem -> e.getValue().stream().anyMatch(stem::startsWith)))
                .map(Map.Entry::getKey).toList());
        if (!named.contains(ELDERLY) && said.tokens().stream().anyMatch(ContextCues::elderlyAge)) {
            named.add(ELDERLY);
        }
        return List.copyOf(named);
    }

    /** An age from which night symptoms get a note for older people. */
    private static boolean elderlyAge(String token) {
        if (token.isEmpty() || token.length() > 3 || !token.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int age = Integer.parseInt(token);
        return age >= ELDERLY_AGE && age <= 120;
    }

    private static String key(ContextCue cue) {
        return cue.name().toLowerCase(Locale.ROOT);
    }

    /**
     * "а это эпилепсия?", "это не фебрильные судороги начинаются?": a question whether the thing is
     * something else, which it names right after the opener (and at most two glue words before it).
     */
    boolean asksWhetherItIs(Utterance said) {
        if (!said.raw().contains("?")) {
            return false;
        }
        List<ContextCue> words = read(said);
        for (int start = 0; start <= 2 && start < words.size(); start++) {
            for (List<String> opener : isItOpeners) {
                int next = start + opener.size();
                if (next < words.size() && said.tokens().subList(start, next).equals(opener)) {
                    return namedAfter(said, words, next);
                }
            }
            if (words.get(start) != ContextCue.GLUE) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when a thing is named at {@code at}, or after a few glue words that rule it out ("это
     * точно не эпилепсия?": "точно не").
     */
    private boolean namedAfter(Utterance said, List<ContextCue> words, int at) {
        boolean ruledOut = false;
        for (int i = at; i < Math.min(words.size(), at + 3); i++) {
            if (ruleOut.contains(said.token(i))) {
                ruledOut = true;
            } else if (words.get(i) == null) {
                return i == at || ruledOut;
            } else if (words.get(i) != ContextCue.GLUE) {
                return false;
            }
        }
        return false;
    }

    /** "а что это?": all glue word by word, yet as a whole it asks what the thing is. */
    boolean asksWhatItIs(Utterance said) {
        return whatIsThis.contains(said.normalized());
    }

    /** The cue of every word, in order; empty when the text has no words. */
    List<ContextCue> read(Utterance said) {
        ContextCue[] cues = new ContextCue[said.size()];
        for (int i = 0; i < cues.length; i++) {
            cues[i] = cueOf(said.token(i), said.stem(i)).orElse(null);
        }
        return java.util.Arrays.asList(cues);
    }

    private Optional<ContextCue> cueOf(String token, String stem) {
        ContextCue exact = exactWords.get(token);
        if (exact != null) {
            return Optional.of(exact);
        }
        exact = exactStems.get(stem);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Map.Entry<ContextCue, Set<String>> entry : stemPrefixes) {
            for (String prefix : entry.getValue()) {
                if (stem.startsWith(prefix)) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        for (Set<String> condition : conditions.values()) {
            if (condition.stream().anyMatch(stem::startsWith)) {
                return Optional.of(ContextCue.CONDITION);
            }
        }
        if (!token.isEmpty() && token.length() <= 3 && token.chars().allMatch(Character::isDigit)) {
            // "диабет 2 типа" is glue; "мне 75" names an age of its own.
            return Optional.of(elderlyAge(token) ? ContextCue.CONDITION : ContextCue.GLUE);
        }
        return glue.contains(token) ? Optional.of(ContextCue.GLUE) : Optional.empty();
    }

    /** The distinct cues found in a text, ignoring words without one. */
    EnumSet<ContextCue> found(List<ContextCue> cues) {
        EnumSet<ContextCue> set = EnumSet.noneOf(ContextCue.class);
        cues.stream().filter(java.util.Objects::nonNull).forEach(set::add);
        return set;
    }
}
