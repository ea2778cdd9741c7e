package ru.sleepbot.dialog;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.nlu.RussianAnalyzer;

/**
 * Reads a typed answer to a question of the symptom check: "да", "нет", "иногда", "не знаю",
 * the option's number, or words of the options ("ребёнок", "ночью", "днём тоже"). Longer messages
 * that do not read as an answer are left alone: they are new questions.
 */
final class CheckAnswerReader {

    /** An answer is a few words; more than this is a message of its own. */
    static final int MAX_WORDS = 6;

    private static final Set<String> DONT_KNOW = Set.of("незнаю", "хз", "затрудняюсь", "непонятно");
    private static final Set<String> SOMETIMES = Set.of("иногда", "редко", "изредка", "периодически", "временами",
            "порой", "бывает", "случается", "пару", "немного");
    private static final Set<String> NO = Set.of("нет", "неа", "никогда", "no", "нету", "ни");
    private static final Set<String> YES = Set.of("да", "ага", "угу", "конечно", "есть", "часто", "постоянно",
            "всегда", "каждую", "yes", "очень", "сильно");

    private final RussianAnalyzer analyzer;

    CheckAnswerReader(RussianAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    Optional<CheckOption> read(CheckStep step, String text) {
        String[] tokens = analyzer.tokens(text);
        if (tokens.length == 0 || tokens.length > MAX_WORDS) {
            return Optional.empty();
        }
        Optional<CheckOption> numbered = byNumber(step, tokens);
        if (numbered.isPresent()) {
            return numbered;
        }
        String[] stems = analyzer.stems(tokens);
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
    private static Optional<CheckOption> namesTheSign(CheckStep step, String[] stems) {
        boolean named;
        switch (step) {
            case PAIN:
                named = anyPrefix(stems, "свод", "судорог", "бол", "крамп");
                break;
            case LEGS:
                named = anyPrefix(stems, "крут", "тян", "ноет", "ныт", "покалыва", "жжен", "мурашк");
                break;
            case BREATHING:
                named = anyPrefix(stems, "храп", "задыха", "дыхан", "апноэ", "останавлива");
                break;
            default:
                named = false;
                break;
        }
        return named ? Optional.of(CheckOption.YES) : Optional.empty();
    }

    private static Optional<CheckOption> byNumber(CheckStep step, String[] tokens) {
        if (tokens.length == 1 && tokens[0].matches("[1-9]")) {
            int index = Integer.parseInt(tokens[0]) - 1;
            List<CheckOption> options = step.options();
            return index < options.size() ? Optional.of(options.get(index)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<CheckOption> yesNo(String[] tokens) {
        String all = String.join(" ", tokens);
        if (all.contains("не знаю") || all.contains("не помню") || all.contains("не уверен")
                || all.contains("трудно сказать") || anyOf(tokens, DONT_KNOW)) {
            return Optional.of(CheckOption.DONT_KNOW);
        }
        if (tokens[0].equals("не") || anyOf(tokens, NO)) {
            // "не бывает", "не было": a negated word is a no, whatever the word.
            return Optional.of(CheckOption.NO);
        }
        if (anyOf(tokens, SOMETIMES)) {
            return Optional.of(CheckOption.SOMETIMES);
        }
        return anyOf(tokens, YES) ? Optional.of(CheckOption.YES) : Optional.empty();
    }

    private static Optional<CheckOption> who(String[] tokens, String[] stems) {
        if (anyPrefix(stems, "беремен")) {
            return Optional.of(CheckOption.PREGNANT);
        }
        if (anyPrefix(stems, "ребен", "дет", "малыш", "младен", "сын", "доч", "грудн", "крох")) {
            return Optional.of(CheckOption.CHILD);
        }
        if (anyPrefix(stems, "взросл", "муж", "жен", "мам", "пап") || anyOf(tokens, Set.of("я", "мне", "сам", "сама", "себя"))) {
            return Optional.of(CheckOption.ADULT);
        }
        return Optional.empty();
    }

    private static Optional<CheckOption> when(String[] stems) {
        // "и ночью, и днём" counts as by day: that is the answer that matters for the summary.
        if (anyPrefix(stems, "днем", "дн", "ден", "утр")) {
            return Optional.of(CheckOption.DAY);
        }
        if (anyPrefix(stems, "засып", "засн", "уснут", "усып", "засыпа")) {
            return Optional.of(CheckOption.FALLING_ASLEEP);
        }
        if (anyPrefix(stems, "ноч", "просып", "посред", "сред")) {
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

    private static boolean anyPrefix(String[] stems, String... prefixes) {
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
