package ru.sleepbot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.ContentLoader;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.nlu.Said;
import ru.sleepbot.nlu.TextNormalizer;

class WarningSignGuardTest {

    private static WarningSignGuard guard;

    @BeforeAll
    static void loadContent() {
        KnowledgeBase knowledge = new ContentLoader().load(Path.of("intents"));
        guard = new WarningSignGuard(knowledge, new TextNormalizer());
    }

    static Stream<Arguments> warningMessages() throws IOException {
        return lines("warning-messages.tsv").stream().map(line -> {
            String[] parts = line.split("\t", 3);
            return Arguments.of(parts[0], parts[1].equals("yes"), parts[2]);
        });
    }

    static Stream<String> ordinaryMessages() throws IOException {
        return lines("ordinary-messages.tsv").stream();
    }

    @Test
    void hasAtLeastFortyPhrasingsOfEachKind() throws IOException {
        assertThat(lines("warning-messages.tsv")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(lines("ordinary-messages.tsv")).hasSizeGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("warningMessages")
    void recognizesWarningSignAndItsUrgency(String sign, boolean emergency, String message) {
        WarningSignGuard.Finding finding = guard.assess(message);

        assertThat(finding.ids()).contains(sign);
        assertThat(finding.emergency()).as("emergency").isEqualTo(emergency);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ordinaryMessages")
    void staysQuietAboutHarmlessJerks(String message) {
        assertThat(guard.check(Said.of(message))).isEmpty();
    }

    @Test
    void emergencyReplyOpensWithTheCallToEmergencyNumbers() {
        Reply reply = guard.check(Said.of("у ребенка температура и судороги")).orElseThrow();

        assertThat(reply.text().lines().findFirst().orElseThrow()).contains("103").contains("112");
        assertThat(reply.text()).contains("педиатр");
    }

    @Test
    void doctorReplyNamesWhomToSeeWithoutCallingAnAmbulance() {
        Reply reply = guard.check(Said.of("просыпаюсь с прикушенным языком")).orElseThrow();

        assertThat(reply.text()).contains("невролог").doesNotContain("103");
    }

    @Test
    void namesEachDoctorOnceWhenSeveralSignsMeet() {
        Reply reply = guard.check(Said.of("прикусил язык и был обморок")).orElseThrow();

        assertThat(reply.text().split("невролог", -1)).hasSize(2);
    }

    @Test
    void survivesEmptyEmojiAndVeryLongInput() {
        assertThat(guard.check(Said.of(""))).isEmpty();
        assertThat(guard.check(Said.of("😴😴😴"))).isEmpty();
        assertThat(guard.check(Said.of("дергаюсь ".repeat(2_000)))).isEmpty();
        assertThat(guard.check(Said.of("дергаюсь ".repeat(2_000) + " прикусил язык"))).isPresent();
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/safety", file), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
    }
}
