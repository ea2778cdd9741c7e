package ru.sleepbot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.sleepbot.safety.SafetyFixtures.ANALYZER;
import static ru.sleepbot.safety.SafetyFixtures.BOOK;
import static ru.sleepbot.safety.SafetyFixtures.CONTENT;
import static ru.sleepbot.safety.SafetyFixtures.TRIAGE;

import java.io.ByteArrayOutputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.sleepbot.content.DeepEquals;
import ru.sleepbot.content.IntentExample;
import ru.sleepbot.content.SnapshotIn;
import ru.sleepbot.content.SnapshotOut;
import ru.sleepbot.nlu.Utterance;

class TriageSnapshotTest {

    private static final byte[] WRITTEN = written(BOOK);

    @Test
    void theRulesReadBackEqualAFreshCompileInEveryField() {
        RuleBook read = TriageSnapshot.readBook(new SnapshotIn(WRITTEN));

        assertThat(DeepEquals.differences(read, BOOK)).isEmpty();
    }

    @Test
    void theTriageReadBackAssessesEveryTrainingPhraseAsTheCompiledOne() {
        Triage read = TriageSnapshot.read(new SnapshotIn(WRITTEN), ANALYZER);
        Set<String> remembered = Set.of("who.child", "apnoea");

        for (IntentExample example : CONTENT.examples()) {
            Utterance said = ANALYZER.analyze(example.text());
            assertThat(read.assess(said)).as(example.text()).isEqualTo(TRIAGE.assess(said));
            assertThat(read.assess(said, remembered)).as(example.text()).isEqualTo(TRIAGE.assess(said, remembered));
        }
    }

    private static byte[] written(RuleBook book) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SnapshotOut out = new SnapshotOut(bytes);
        TriageSnapshot.write(book, out);
        out.flush();
        return bytes.toByteArray();
    }
}
