package ru.sleepbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules every routine in intents/routines/ must keep, so an editor learns of a mistake from
 * the build and not from a user: complete, sensible lengths and durations, Telegram-safe HTML.
 */
class RoutineContentLintTest {

    private static final Path ROUTINES = Path.of("intents", "routines");
    private static final KnowledgeBase CONTENT = new ContentLoader().load(Path.of("intents"));
    private static final int MAX_STEP_CHARS = 600;
    private static final int MIN_STEP_SECONDS = 15;
    private static final int MAX_STEP_SECONDS = 600;

    @Test
    void theRequiredRoutinesAreThere() {
        assertThat(CONTENT.routines()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(CONTENT.routines()).extracting(Routine::id).contains(
                "body_scan", "slow_breathing", "warm_wind_down", "muscle_relaxation", "evening_checklist", "baby_bedtime");
    }

    @Test
    void eachFileHoldsOneRoutineNamedLikeItsFileWithAUniqueId() throws IOException {
        List<String> fileNames;
        try (Stream<Path> files = Files.list(ROUTINES)) {
            fileNames = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
                    .map(n -> n.replaceFirst("\\.ya?ml$", "")).sorted().toList();
        }
        List<String> ids = CONTENT.routines().stream().map(Routine::id).sorted().toList();
        assertThat(ids).doesNotHaveDuplicates().containsExactlyElementsOf(fileNames);
        // Ids travel in button data ("rt:switch:<id>"), which Telegram caps at 64 bytes.
        assertThat(ids).allMatch(id -> id.matches("[a-z0-9_]{1,40}"), "short lower-case Latin ids");
    }

    @Test
    void everyRoutineHasTitleDescriptionAndWhoItSuits() {
        for (Routine routine : CONTENT.routines()) {
            assertThat(routine.title()).as(routine.id() + " title").isNotBlank().hasSizeLessThanOrEqualTo(60);
            assertThat(routine.description()).as(routine.id() + " description").isNotBlank()
                    .hasSizeLessThanOrEqualTo(200).doesNotContain("\n");
            assertThat(routine.suits()).as(routine.id() + " suits").isNotBlank();
        }
    }

    @Test
    void everyRoutineHasFourToTenStepsOfSensibleLengthAndDuration() {
        for (Routine routine : CONTENT.routines()) {
            assertThat(routine.steps()).as(routine.id() + " steps").hasSizeBetween(4, 10);
            for (int i = 0; i < routine.steps().size(); i++) {
                RoutineStep step = routine.steps().get(i);
                String where = routine.id() + " step " + (i + 1);
                assertThat(step.text()).as(where + " text").isNotBlank().hasSizeLessThanOrEqualTo(MAX_STEP_CHARS);
                assertThat(step.seconds()).as(where + " seconds").isBetween(MIN_STEP_SECONDS, MAX_STEP_SECONDS);
            }
        }
    }

    @Test
    void everyTextIsTelegramSafeHtml() {
        List<String> problems = new ArrayList<>();
        for (Routine routine : CONTENT.routines()) {
            List<String> texts = new ArrayList<>(List.of(routine.title(), routine.description(), routine.suits()));
            routine.steps().forEach(step -> texts.add(step.text()));
            for (String text : texts) {
                TelegramHtml.problems(text).forEach(p -> problems.add(routine.id() + ": " + p + " in: " + text));
            }
        }
        assertThat(problems).isEmpty();
    }
}
