package ru.sleepbot.dialog.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.sleepbot.content.Topic;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.Said;
import ru.sleepbot.nlu.TextNormalizer;

class OwnSymptomsTest {

    private final OwnSymptoms own = new OwnSymptoms(new RussianAnalyzer(new TextNormalizer()),
            DialogHarness.CONTENT.lexicon());
    private final Topic jerks = DialogHarness.CONTENT.topic("hypnic_jerk").orElseThrow();
    private final Topic history = DialogHarness.CONTENT.topic("history_theories").orElseThrow();

    @Test
    void noticesSomeoneDescribingTheirOwnSymptoms() {
        assertThat(own.in(Said.of("я часто вздрагиваю когда засыпаю"), jerks)).isTrue();
        assertThat(own.in(Said.of("дергаюсь каждую ночь"), jerks)).isTrue();
        assertThat(own.in(Said.of("у моего сына дергается нога"), jerks)).isTrue();
    }

    @Test
    void leavesGeneralQuestionsAndNonSymptomTopicsAlone() {
        assertThat(own.in(Said.of("почему люди вздрагивают при засыпании"), jerks)).isFalse();
        assertThat(own.in(Said.of("я читала что раньше в это верили"), history)).isFalse();
    }
}
