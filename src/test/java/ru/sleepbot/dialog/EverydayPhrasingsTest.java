package ru.sleepbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.NluSettings;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;

/**
 * Ways of saying things that used to get "не моя тема" from the trained model, each class written
 * here in words that are in no training phrase: a short statement of one's own symptom with no
 * question around it, a relative's advice ("бабушка говорит..."), someone else's story, thanks in
 * Ukrainian, thanks that is also good night. Decided with the production thresholds.
 */
class EverydayPhrasingsTest {

    private static final RussianAnalyzer ANALYZER = new RussianAnalyzer(new TextNormalizer());

    @ParameterizedTest(name = "{1} -> {0}")
    @CsvSource(delimiter = '|', textBlock = """
            restless_legs        | мурашки в голенях, не могу лежать спокойно
            deficiency           | очень обильные месячные, по неделе
            sleep_deprivation    | сплю часов пять, не больше
            child_parasomnias    | дочь ходит во сне по дому
            child_parasomnias    | свекровь уверена, что сын скрипит зубами от глистов
            febrile_seizures     | бабушка говорит обтирать уксусом при температуре
            safe_infant_sleep    | мама велит пеленать малыша потуже
            child_sleep          | укачиваю её на руках каждый вечер, это плохо?
            thanks               | дякую за пораду
            goodbye              | спасибо вам большое, спокойных снов
            diagnostics          | зачем мне холтер на сутки?
            lifestyle_tips       | спорт вечером мешает сну?
            myoclonus            | у деда после реанимации дёргаются руки и ноги
            """)
    void everydayPhrasingsAreUnderstood(String intent, String message) {
        Classification decided = NluSettings.DEFAULTS.policy()
                .decide(TrainedClassifier.shared().classify(ANALYZER.analyze(message)));

        assertThat(decided.fineIntent()).isEqualTo(intent);
    }
}
