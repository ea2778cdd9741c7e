package ru.sleepbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.sleepbot.content.Topic;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;

class OwnSymptomsTest {

    private final OwnSymptoms own = new OwnSymptoms(new RussianAnalyzer(new TextNormalizer()),
            DialogHarness.CONTENT.lexicon());
    private final Topic jerks = DialogHarness.CONTENT.topic("hypnic_jerk").orElseThrow();
    private final Topic history = DialogHarness.CONTENT.topic("history_theories").orElseThrow();

    @Test
    void noticesSomeoneDescribingTheirOwnSymptoms() {
        assertThat(own.in("я часто вздрагиваю когда засыпаю", jerks)).isTrue();
        assertThat(own.in("дергаюсь каждую ночь", jerks)).isTrue();
        assertThat(own.in("у моего сына дергается нога", jerks)).isTrue();
    }

    @Test
    void leavesGeneralQuestionsAndNonSymptomTopicsAlone() {
        assertThat(own.in("почему люди вздрагивают при засыпании", jerks)).isFalse();
        assertThat(own.in("я читала что раньше в это верили", history)).isFalse();
    }
}
