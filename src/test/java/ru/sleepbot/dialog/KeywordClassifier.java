package ru.sleepbot.dialog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.Utterance;

/**
 * A small stand-in for the trained classifier in dialog tests: each intent has a few stem
 * prefixes; the score of an intent is how many words hit one. Confidence grows with the share of
 * all hits, on the scale of the calibrated classifier the production policy reads: a message whose
 * words all point one way is sure (1.0), two topics hit once each come out even and above the
 * abstain threshold (0.8 each: the dialog asks which was meant). No hits: out of scope with
 * confidence 0, which the dialog treats as unclear.
 */
public final class KeywordClassifier implements IntentClassifier {

    private static final Map<String, List<String>> KEYWORDS = keywords();

    private static Map<String, List<String>> keywords() {
        Map<String, List<String>> k = new LinkedHashMap<>();
        k.put("hypnic_jerk", List.of("вздраг", "дерга", "подкид", "дернул"));
        k.put("child_sleep", List.of("ребен", "малыш", "младен", "дочк", "сынишк", "грудничк"));
        k.put("restless_legs", List.of("беспокойн", "крут"));
        k.put("night_cramps", List.of("свод", "икр", "судорог"));
        k.put("epilepsy", List.of("эпилеп", "приступ", "пен", "судорог"));
        k.put("breathing_apnea", List.of("храп", "дыхан", "апноэ"));
        k.put("relaxation", List.of("расслаб", "ритуал"));
        k.put("treatment", List.of("лекарств", "таблет", "лечен"));
        k.put("diagnostics", List.of("обследован", "ээг", "анализ", "мрт"));
        k.put("when_to_see_doctor", List.of("врач", "доктор", "невролог"));
        k.put("stress_fatigue", List.of("стресс", "нервн", "устал", "переутом"));
        k.put("falling_sensation", List.of("пада", "полет", "провал"));
        k.put("myoclonus", List.of("миоклон"));
        k.put("deficiency", List.of("магн", "витамин", "кальц"));
        k.put("sleep_phases", List.of("фаз", "стади"));
        k.put("lifestyle_tips", List.of("режим", "кофе"));
        k.put("circulation", List.of("кровообращ", "сосуд"));
        k.put("history_theories", List.of("теори", "поверь", "ученые"));
        k.put("greeting", List.of("привет", "здравств", "добр"));
        k.put("thanks", List.of("спасиб", "благодар"));
        k.put("goodbye", List.of("спокойн", "пок", "свидан"));
        k.put("help", List.of("умееш", "помощ", "команд"));
        k.put("out_of_scope", List.of("погод", "анекдот", "политик", "футбол", "курс"));
        return Map.copyOf(k);
    }

    @Override
    public Classification classify(Utterance said) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (String stem : said.stems()) {
            KEYWORDS.forEach((intent, prefixes) -> {
                if (prefixes.stream().anyMatch(stem::startsWith)) {
                    // A word about a child decides the topic, as it should for the real classifier.
                    hits.merge(intent, "child_sleep".equals(intent) ? 2 : 1, Integer::sum);
                }
            });
        }
        if (hits.isEmpty()) {
            return new Classification(Classification.OUT_OF_SCOPE, 0, "greeting", 0, null);
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(hits.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        double total = ranked.stream().mapToInt(Map.Entry::getValue).sum();
        Map.Entry<String, Integer> best = ranked.get(0);
        Map.Entry<String, Integer> second = ranked.size() > 1 ? ranked.get(1) : Map.entry("out_of_scope", 0);
        return new Classification(best.getKey(), sure(best.getValue() / total), second.getKey(),
                second.getValue() == 0 ? 0 : sure(second.getValue() / total), null);
    }

    /** A share of the hits on the calibrated scale: half the hits is still fairly sure. */
    private static double sure(double share) {
        return 0.6 + 0.4 * share;
    }
}
