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
 * Reads a typed answer to a question of the symptom check: "да", "нет", "иногда", "не знаю",
 * the option's number, or words of the options ("ребёнок", "ночью", "днём тоже"). Longer messages
 * that do not read as an answer are left alone: they are new questions.
 */
final class CheckAnswerReader {

    /** An answer is a few words; more than this is a message of its own. */
    static final int MAX_WORDS = 6;

    /** The words are content (intents/lexicon/check.yaml); see that file for how each list matches. */
    private final List<String> dontKnowPhrases;
    private final Set<String> dontKnow;
    private final Set<String> noFirst;
    private final Set<String> no;
    private final Set<String> sometimes;
    private final Set<String> yes;
    private final Map<CheckStep, Set<String>> signPrefixes;
    private final Set<String> pregnant;
    private final Set<String> child;
    private final Set<String> adult;
    private final Set<String> adultWords;
    private final Set<String> day;
    private final Set<String> fallingAsleep;
    private final Set<String> night;

    CheckAnswerReader(RussianAnalyzer analyzer, Lexicon lexicon) {
        UnaryOperator<String> form = analyzer::normalize;
        this.dontKnowPhrases = List.copyOf(lexicon.words("check.dont_know_phrase", form));
        this.dontKnow = lexicon.words("check.dont_know", form);
        this.noFirst = lexicon.words("check.no_first", form);
        this.no = lexicon.words("check.no", form);
        this.sometimes = lexicon.words("check.sometimes", form);
        this.yes = lexicon.words("check.yes", form);
        this.signPrefixes = Map.of(
                CheckStep.PAIN, lexicon.words("check.sign.pain", form),
                CheckStep.LEGS, lexicon.words("check.sign.legs", form),
                CheckStep.BREATHING, lexicon.words("check.sign.breathing", form));
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
        Optional<CheckOption> option;
        switch (step) {
            case WHO:
                option = who(tokens, stems);
                break;
            case WHEN:
                option = when(stems);
                break;
            default:
                option = yesNo(tokens).or(() -> namesTheSign(step, stems));
                break;
        }
        return option.filter(step.options()::contains);
    }

    /** "храплю" to the snoring question, "сводит" to the cramps question: naming the sign is a yes. */
    private Optional<CheckOption> namesTheSign(CheckStep step, String[] stems) {
        Set<String> prefixes = signPrefixes.get(step);
        return prefixes != null && anyPrefix(stems, prefixes) ? Optional.of(CheckOption.YES) : Optional.empty();
    }

    private static Optional<CheckOption> byNumber(CheckStep step, String[] tokens) {
        if (tokens.length == 1 && tokens[0].matches("[1-9]")) {
            int index = Integer.parseInt(tokens[0]) - 1;
            List<CheckOption> options = step.options();
            return index < options.size() ? Optional.of(options.get(index)) : Optional.empty();
        }
        return Optional.empty();
    }

    private Optional<CheckOption> yesNo(String[] tokens) {
        String all = String.join(" ", tokens);
        if (dontKnowPhrases.stream().anyMatch(all::contains) || anyOf(tokens, dontKnow)) {
            return Optional.of(CheckOption.DONT_KNOW);
        }
        if (noFirst.contains(tokens[0]) || anyOf(tokens, no)) {
            // "не бывает", "не было": a negated word is a no, whatever the word.
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

    private Optional<CheckOption> when(String[] stems) {
        // "и ночью, и днём" counts as by day: that is the answer that matters for the summary.
        if (anyPrefix(stems, day)) {
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
            for (String prefix : prefixes) {
                if (stem.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }
}
