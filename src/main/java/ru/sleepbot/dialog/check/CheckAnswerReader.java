package ru.sleepbot.dialog.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Utterance;

/**
 * Reads a typed answer to a question of the symptom check, short or a whole sentence: "да", "нет",
 * "иногда", "не знаю", the option's number, words of the options ("ребёнок", "ночью"), or the sign
 * itself, named or denied ("икру иногда сводит", "не храплю", "боли нет"). The words are content
 * (intents/lexicon/check.yaml). A long message that reads as none of these is left alone.
 */
final class CheckAnswerReader {

    /** An answer is a sentence or two; more than this is a message of its own. */
    static final int MAX_WORDS = 25;
    /** A negation this many words before a sign denies it ("ничего такого не крутит"). */
    static final int NEGATION_REACH = 3;
    /** A question this short, followed by an answer, echoes the check's question ("дергаюсь?", "в смысле когда?"). */
    static final int ECHO_WORDS = 3;

    private final List<String> dontKnowPhrases;
    private final List<String> noPhrases;
    private final Set<String> dontKnow;
    private final Set<String> noFirst;
    private final Set<String> no;
    private final Set<String> sometimes;
    private final Set<String> yes;
    private final Set<String> negations;
    private final Map<CheckStep, Set<String>> signPrefixes;
    private final Set<String> pregnant;
    private final Set<String> child;
    private final Set<String> adult;
    private final Set<String> adultWords;
    private final Set<String> day;
    private final Set<String> fallingAsleep;
    private final Set<String> night;
    private final RussianAnalyzer analyzer;

    CheckAnswerReader(RussianAnalyzer analyzer, Lexicon lexicon) {
        this.analyzer = analyzer;
        UnaryOperator<String> form = analyzer::normalize;
        this.dontKnowPhrases = List.copyOf(lexicon.words("check.dont_know_phrase", form));
        this.noPhrases = List.copyOf(lexicon.words("check.no_phrase", form));
        this.dontKnow = lexicon.words("check.dont_know", form);
        this.noFirst = lexicon.words("check.no_first", form);
        this.no = lexicon.words("check.no", form);
        this.sometimes = lexicon.words("check.sometimes", form);
        this.yes = lexicon.words("check.yes", form);
        this.negations = lexicon.words("check.negation", form);
        this.signPrefixes = Map.of(
                CheckStep.PAIN, lexicon.words("check.sign.pain", form),
                CheckStep.LEGS, lexicon.words("check.sign.legs", form),
                CheckStep.BREATHING, lexicon.words("check.sign.breathing", form),
                CheckStep.WARNING, lexicon.words("check.sign.warn", form));
        this.pregnant = lexicon.words("check.who.pregnant", form);
        this.child = lexicon.words("check.who.child", form);
        this.adult = lexicon.words("check.who.adult", form);
        this.adultWords = lexicon.words("check.who.adult_word", form);
        this.day = lexicon.words("check.when.day", form);
        this.fallingAsleep = lexicon.words("check.when.falling_asleep", form);
        this.night = lexicon.words("check.when.night", form);
    }

    Optional<CheckOption> read(CheckStep step, Utterance said) {
        if (said.isEmpty() || said.size() > MAX_WORDS) {
            return Optional.empty();
        }
        String[] tokens = said.tokens().toArray(String[]::new);
        Optional<CheckOption> numbered = byNumber(step, tokens);
        if (numbered.isPresent()) {
            return numbered;
        }
        String[] stems = said.stems().toArray(String[]::new);
        Optional<CheckOption> option = switch (step) {
            case WHO -> who(tokens, stems);
            case WHEN -> when(tokens, stems);
            default -> sign(step, tokens, stems).or(() -> yesNo(said.normalized(), tokens));
        };
        // The warning-sign question has no "sometimes": a sign that happened at all is a yes.
        return option.map(o -> o == CheckOption.SOMETIMES && !step.options().contains(o) ? CheckOption.YES : o)
                .filter(step.options()::contains);
    }

    /**
     * The answer told after a question in the same message ("дергаюсь? да не особо, разве что когда
     * засыпаю"): a question of a few words echoes the check's own, the words after it answer it. A longer
     * question ("а это опасно при диабете? бывает иногда") is one of its own, to be answered first.
     */
    Optional<CheckOption> readAfterQuestion(CheckStep step, String raw) {
        int mark = raw.lastIndexOf('?');
        String tail = mark < 0 ? "" : raw.substring(mark + 1);
        if (tail.isBlank() || analyzer.analyze(raw.substring(0, mark)).size() > ECHO_WORDS) {
            return Optional.empty();
        }
        return read(step, analyzer.analyze(tail));
    }

    /**
     * The sign asked about, named ("храплю") or denied ("не храплю", "боли нет"): named anywhere
     * without a denial it is there (at times, with "иногда"); only denied, it is not.
     */
    private Optional<CheckOption> sign(CheckStep step, String[] tokens, String[] stems) {
        Set<String> prefixes = signPrefixes.get(step);
        boolean named = false;
        boolean denied = false;
        for (int i = 0; i < stems.length; i++) {
            if (startsWithAny(stems[i], prefixes)) {
                if (deniedAt(tokens, i)) {
                    denied = true;
                } else {
                    named = true;
                }
            }
        }
        if (named) {
            return Optional.of(anyOf(tokens, sometimes) ? CheckOption.SOMETIMES : CheckOption.YES);
        }
        return denied ? Optional.of(CheckOption.NO) : Optional.empty();
    }

    private boolean deniedAt(String[] tokens, int at) {
        for (int i = Math.max(0, at - NEGATION_REACH); i < at; i++) {
            if (negations.contains(tokens[i])) {
                return true;
            }
        }
        return at + 1 < tokens.length && no.contains(tokens[at + 1]);
    }

    private static Optional<CheckOption> byNumber(CheckStep step, String[] tokens) {
        if (tokens.length == 1 && tokens[0].matches("[1-9]")) {
            int index = Integer.parseInt(tokens[0]) - 1;
            List<CheckOption> options = step.options();
            return index < options.size() ? Optional.of(options.get(index)) : Optional.empty();
        }
        return Optional.empty();
    }

    private Optional<CheckOption> yesNo(String normalized, String[] tokens) {
        String spaced = " " + normalized + " ";
        if (dontKnowPhrases.stream().anyMatch(p -> spaced.contains(" " + p + " ")) || anyOf(tokens, dontKnow)) {
            return Optional.of(CheckOption.DONT_KNOW);
        }
        if (noPhrases.stream().anyMatch(p -> spaced.contains(" " + p + " ")) || noFirst.contains(tokens[0])
                || anyOf(tokens, no)) {
            // "не бывает", "ничего такого не было": a denial is a no, whatever the words around it.
            return Optional.of(CheckOption.NO);
        }
        if (anyOf(tokens, sometimes)) {
            return Optional.of(CheckOption.SOMETIMES);
        }
        return anyOf(tokens, yes) ? Optional.of(CheckOption.YES) : Optional.empty();
    }

    private Optional<CheckOption> who(String[] tokens, String[] stems) {
        if (anyPrefix(stems, pregnant)) {
            return Optional.of(CheckOption.PREGNANT);
        }
        if (anyPrefix(stems, child)) {
            return Optional.of(CheckOption.CHILD);
        }
        if (anyPrefix(stems, adult) || anyOf(tokens, adultWords)) {
            return Optional.of(CheckOption.ADULT);
        }
        return Optional.empty();
    }

    private Optional<CheckOption> when(String[] tokens, String[] stems) {
        // "и ночью, и днём" counts as by day: that is the answer that matters for the summary;
        // "днём такого нет", "не днём" do not.
        if (saidNotDenied(tokens, stems, day)) {
            return Optional.of(CheckOption.DAY);
        }
        if (anyPrefix(stems, fallingAsleep)) {
            return Optional.of(CheckOption.FALLING_ASLEEP);
        }
        if (anyPrefix(stems, night)) {
            return Optional.of(CheckOption.NIGHT);
        }
        return Optional.empty();
    }

    /** A word of {@code prefixes} said without a negation before it or a "нет" within two words after it. */
    private boolean saidNotDenied(String[] tokens, String[] stems, Set<String> prefixes) {
        for (int i = 0; i < stems.length; i++) {
            if (startsWithAny(stems[i], prefixes) && !deniedAt(tokens, i)
                    && !(i + 2 < tokens.length && no.contains(tokens[i + 2]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyOf(String[] tokens, Set<String> words) {
        for (String token : tokens) {
            if (words.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyPrefix(String[] stems, Set<String> prefixes) {
        for (String stem : stems) {
            if (startsWithAny(stem, prefixes)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String stem, Set<String> prefixes) {
        for (String prefix : prefixes) {
            if (stem.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
