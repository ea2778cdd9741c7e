package ru.sleepbot.nlu.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.IntentSample;
import ru.sleepbot.nlu.Said;

class ModelFileTest {

    private static final List<IntentSample> SAMPLES = List.of(
            new IntentSample("cramps_calf", "night_cramps", "свело икру ночью"),
            new IntentSample("cramps_calf", "night_cramps", "икроножную мышцу скрутило"),
            new IntentSample("night_cramps", "night_cramps", "ночью судорога в ноге"),
            new IntentSample("snoring", "breathing_apnea", "муж громко храпит"),
            new IntentSample("greeting", "greeting", "привет"),
            new IntentSample("greeting", "greeting", "здравствуйте"));
    private static final Cues CUES = new Cues(Map.of("concepts.cramps", List.of("свело", "икра")));
    private static final TrainingOptions OPTIONS = new TrainingOptions(Algorithm.MAXENT_QN, 0, 20, 0.2);

    @Test
    void aModelReadBackAnswersExactlyAsTheOneWritten() throws IOException {
        IntentModel trained = IntentModel.train(SAMPLES, CUES, OPTIONS);
        String fingerprint = ModelFile.fingerprint(SAMPLES, CUES, OPTIONS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelFile.write(trained, fingerprint, bytes);

        Optional<IntentModel> read = ModelFile.read(new ByteArrayInputStream(bytes.toByteArray())).fitting(fingerprint, CUES);

        assertThat(read).isPresent();
        IntentClassifier before = trained.classifier();
        IntentClassifier after = read.get().classifier();
        for (String text : List.of("ночью свело икру", "храпит", "привет", "что-то совсем другое", "")) {
            assertThat(after.classify(Said.of(text))).isEqualTo(before.classify(Said.of(text)));
        }
        assertThat(read.get().intents()).containsExactlyInAnyOrderElementsOf(trained.intents());
    }

    @Test
    void aModelWithNaiveBayesBlendedInIsReadBackWithItsBlend() throws IOException {
        TrainingOptions blended = OPTIONS.withBayes(0.3);
        IntentModel trained = IntentModel.train(SAMPLES, CUES, blended);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelFile.write(trained, "f", bytes);

        IntentModel read = ModelFile.read(new ByteArrayInputStream(bytes.toByteArray())).fitting("f", CUES).orElseThrow();

        assertThat(read.blend()).hasValueSatisfying(b -> assertThat(b.weight()).isEqualTo(0.3));
        for (String text : List.of("ночью свело икру", "храпит", "привет", "что-то совсем другое")) {
            assertThat(read.classifier().classify(Said.of(text))).isEqualTo(trained.classifier().classify(Said.of(text)));
        }
        assertThat(ModelFile.fingerprint(SAMPLES, CUES, blended)).as("the blend shapes the model")
                .isNotEqualTo(ModelFile.fingerprint(SAMPLES, CUES, OPTIONS));
    }

    @Test
    void aModelReadWithoutPartsOfTheReadingIsReadBackTheSameWay() throws IOException {
        TrainingOptions plain = OPTIONS.without(Reading.SENTENCE_WEIGHTS).without(Reading.CONCEPTS);
        IntentModel trained = IntentModel.train(SAMPLES, CUES, plain);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelFile.write(trained, "f", bytes);

        IntentModel read = ModelFile.read(new ByteArrayInputStream(bytes.toByteArray())).fitting("f", CUES).orElseThrow();

        assertThat(read.reading()).isEmpty();
        String post = "Здравствуйте. Ночью свело икру. Что делать?";
        assertThat(read.classifier().classify(Said.of(post))).isEqualTo(trained.classifier().classify(Said.of(post)));
        assertThat(plain.toString()).contains("without [sentence_weights, concepts]");
    }

    @Test
    void aModelOfOtherContentIsNotUsed() throws IOException {
        IntentModel trained = IntentModel.train(SAMPLES, CUES, OPTIONS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelFile.write(trained, ModelFile.fingerprint(SAMPLES, CUES, OPTIONS), bytes);
        List<IntentSample> edited = new ArrayList<>(SAMPLES);
        edited.add(new IntentSample("greeting", "greeting", "добрый вечер"));

        String editedFingerprint = ModelFile.fingerprint(edited, CUES, OPTIONS);

        assertThat(ModelFile.read(new ByteArrayInputStream(bytes.toByteArray())).fitting(editedFingerprint, CUES)).isEmpty();
    }

    @Test
    void theFingerprintFollowsEverythingThatShapesTheModel() {
        String base = ModelFile.fingerprint(SAMPLES, CUES, OPTIONS);
        assertThat(ModelFile.fingerprint(List.copyOf(SAMPLES), new Cues(Map.of("concepts.cramps", List.of("икра", "свело"))),
                OPTIONS)).as("same lists in another order").isEqualTo(base);
        assertThat(ModelFile.fingerprint(SAMPLES, Cues.none(), OPTIONS)).isNotEqualTo(base);
        assertThat(ModelFile.fingerprint(SAMPLES, CUES, new TrainingOptions(Algorithm.MAXENT_QN, 0, 21, 0.2)))
                .isNotEqualTo(base);
        List<IntentSample> relabelled = new ArrayList<>(SAMPLES);
        relabelled.set(3, new IntentSample("snoring", "night_cramps", "муж громко храпит"));
        assertThat(ModelFile.fingerprint(relabelled, CUES, OPTIONS)).isNotEqualTo(base);
    }

    @Test
    void aDamagedFileIsAnErrorNotAModel() {
        byte[] garbage = "not a model at all".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ModelFile.read(new ByteArrayInputStream(garbage)))
                .isInstanceOf(IOException.class);
    }
}
