package ru.sleepbot.dialog;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.nlu.RussianAnalyzer;

/**
 * Rules over the analyzer's tokens and Snowball stems that read the words of a follow-up.
 * Rules rather than a second model: the vocabulary of follow-ups is small and closed, the rules
 * are easy to test one by one, and a short "а это опасно?" has too few features for a classifier.
 */
final class ContextCues {

    /** Stem prefixes per cue, checked in this order: the first match wins. */
    private static final List<Map.Entry<ContextCue, List<String>>> STEM_PREFIXES = List.of(
            Map.entry(ContextCue.WHEN_DOCTOR, List.of("врач", "доктор", "невролог", "сомнолог", "педиатр",
                    "обраща", "обрат", "специалист", "больниц")),
            Map.entry(ContextCue.IS_DANGEROUS, List.of("опасн", "страшн", "вредн", "нормальн", "серьезн",
                    "беспоко", "тревож", "смертельн", "боя", "пуга")),
            Map.entry(ContextCue.WHAT_TO_DO, List.of("дела", "сдела", "избав", "леч", "помоч", "помога",
                    "справ", "убра", "прекрат", "предотврат", "борот")),
            Map.entry(ContextCue.CAUSES, List.of("причин")),
            Map.entry(ContextCue.MORE, List.of("подробн", "ещ", "больш", "дальш", "расскаж", "продолж",
                    "детальн")),
            Map.entry(ContextCue.CHILD, List.of("ребен", "ребят", "дет", "малыш", "младен", "грудничк",
                    "новорожд", "сын", "доч", "крох")),
            Map.entry(ContextCue.PREGNANCY, List.of("беремен")));

    /** Whole stems too short to use as prefixes without catching other words. */
    private static final Map<String, ContextCue> EXACT_STEMS = Map.of(
            "поч", ContextCue.CAUSES,     // почему
            "отч", ContextCue.CAUSES,     // отчего
            "зач", ContextCue.CAUSES,     // зачем
            "сынок", ContextCue.CHILD);

    /** Whole normalized words that name an aspect by themselves. */
    private static final Map<String, ContextCue> EXACT_WORDS = Map.of(
            "такое", ContextCue.WHAT_IS,
            "значит", ContextCue.WHAT_IS,
            "означает", ContextCue.WHAT_IS);

    /** Words that carry no content in a follow-up. */
    private static final Set<String> GLUE = Set.of("а", "и", "ну", "это", "этом", "этого", "этим", "так", "ли",
            "если", "при", "у", "как", "что", "же", "там", "тогда", "вот", "можно", "мне", "меня", "я", "нас",
            "вас", "в", "во", "с", "со", "к", "ко", "кому", "какому", "какой", "когда", "стоит", "нужно", "надо",
            "идти", "пойти", "тоже", "тут", "бы", "все", "да", "его", "ее", "их", "бывает", "то", "или", "про",
            "о", "об", "по", "мой", "моя", "моего", "моей", "мои", "наш", "нашего", "нашей", "на", "за",
            "нибудь", "пожалуйста", "вообще", "быть", "будет", "может", "чем", "чего", "них", "нее",
            "него", "случае", "время", "было", "есть", "насчет", "сказать", "скажите",
            "подскажите", "ведь", "уже", "теперь", "просто", "от", "из", "без", "этой", "эти", "этот", "такой", "такие");

    private final RussianAnalyzer analyzer;

    ContextCues(RussianAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    String normalize(String text) {
        return analyzer.normalize(text);
    }

    /** The cue of every word, in order; empty when the text has no words. */
    List<ContextCue> read(String text) {
        String[] tokens = analyzer.tokens(text);
        String[] stems = analyzer.stems(tokens);
        ContextCue[] cues = new ContextCue[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            cues[i] = cueOf(tokens[i], stems[i]).orElse(null);
        }
        return java.util.Arrays.asList(cues);
    }

    private static Optional<ContextCue> cueOf(String token, String stem) {
        ContextCue exact = EXACT_WORDS.get(token);
        if (exact != null) {
            return Optional.of(exact);
        }
        exact = EXACT_STEMS.get(stem);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Map.Entry<ContextCue, List<String>> entry : STEM_PREFIXES) {
            for (String prefix : entry.getValue()) {
                if (stem.startsWith(prefix)) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return GLUE.contains(token) ? Optional.of(ContextCue.GLUE) : Optional.empty();
    }

    /** The distinct cues found in a text, ignoring words without one. */
    EnumSet<ContextCue> found(List<ContextCue> cues) {
        EnumSet<ContextCue> set = EnumSet.noneOf(ContextCue.class);
        cues.stream().filter(java.util.Objects::nonNull).forEach(set::add);
        return set;
    }
}
