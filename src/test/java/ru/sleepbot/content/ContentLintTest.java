package ru.sleepbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The content editors' safety net: what every file in intents/ must satisfy. */
class ContentLintTest {

    private static final int MAX_ANSWER = 1200;
    private static final int MAX_TITLE = 32;
    private static KnowledgeBase knowledge;

    @BeforeAll
    static void load() {
        knowledge = new ContentLoader().load(Path.of("intents"));
    }

    /** The taxonomy ids: from ../shared/taxonomy.md when present, the contract otherwise. */
    static Set<String> taxonomyIds() throws IOException {
        Set<String> ids = new LinkedHashSet<>(List.of("hypnic_jerk", "falling_sensation", "child_sleep",
                "stress_fatigue", "myoclonus", "restless_legs", "epilepsy", "night_cramps", "deficiency",
                "breathing_apnea", "circulation", "sleep_phases", "history_theories", "lifestyle_tips",
                "relaxation", "when_to_see_doctor", "diagnostics", "treatment", "greeting", "thanks", "goodbye",
                "help", "reminder", "out_of_scope"));
        var file = SharedFiles.find("taxonomy.md");
        if (file.isPresent()) {
            Matcher row = Pattern.compile("(?m)^\\| ([a-z_]+) \\|").matcher(Files.readString(file.get()));
            while (row.find()) {
                if (!row.group(1).equals("id")) {
                    ids.add(row.group(1));
                }
            }
        }
        return ids;
    }

    @Test
    void everyTaxonomyIdHasContent() throws IOException {
        Set<String> present = new LinkedHashSet<>();
        knowledge.topics().forEach(t -> present.add(t.taxonomyId()));
        knowledge.conversations().forEach(c -> present.add(c.taxonomyId()));

        assertThat(present).containsAll(taxonomyIds());
    }

    @Test
    void everyTopicHasAnAnswerOfTheRightSize() {
        assertThat(knowledge.topics()).allSatisfy(topic -> {
            assertThat(topic.answer()).as(topic.id() + " answer").isNotBlank().hasSizeLessThanOrEqualTo(MAX_ANSWER);
            assertThat(topic.answer().split("\\n\\s*\\n")).as(topic.id() + " paragraphs").hasSizeBetween(2, 5);
            topic.sections().forEach((aspect, text) ->
                    assertThat(text).as(topic.id() + " " + aspect.key()).isNotBlank().hasSizeLessThanOrEqualTo(MAX_ANSWER));
            assertThat(topic.title()).as(topic.id() + " title").hasSizeLessThanOrEqualTo(MAX_TITLE);
        });
    }

    @Test
    void everyTopicOffersItsKeyFollowUps() {
        assertThat(knowledge.topics()).allSatisfy(topic ->
                assertThat(topic.sections()).as(topic.id()).containsKeys(Aspect.WHAT_TO_DO, Aspect.WHEN_DOCTOR));
    }

    @Test
    void relatedTopicsExistAndAreTwoToFour() {
        assertThat(knowledge.topics()).allSatisfy(topic -> {
            assertThat(topic.related()).as(topic.id() + " related").hasSizeBetween(2, 4).doesNotContain(topic.id());
            topic.related().forEach(id -> assertThat(knowledge.topic(id)).as(topic.id() + " -> " + id).isPresent());
        });
    }

    @Test
    void everyIntentHasEnoughTrainingExamples() {
        knowledge.topics().forEach(t -> assertThat(t.examples()).as(t.id()).hasSizeGreaterThanOrEqualTo(60));
        knowledge.conversations().forEach(c -> assertThat(c.examples()).as(c.id())
                .hasSizeGreaterThanOrEqualTo(c.id().equals("out_of_scope") ? 250 : 30));
    }

    @Test
    void noTrainingExampleStandsInTwoIntents() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        knowledge.examples().forEach(e -> {
            String previous = owner.putIfAbsent(e.text().strip().toLowerCase(), e.intent());
            if (previous != null && !previous.equals(e.intent())) {
                clashes.add(e.text() + " (" + previous + ", " + e.intent() + ")");
            }
        });
        assertThat(clashes).isEmpty();
    }

    @Test
    void everyTextFitsOneTelegramMessageAndUsesOnlyTelegramHtml() {
        Map<String, String> texts = new HashMap<>();
        knowledge.topics().forEach(t -> {
            texts.put(t.id() + ".answer", t.answer());
            t.sections().forEach((a, s) -> texts.put(t.id() + "." + a.key(), s));
            texts.put(t.id() + ".title", t.title());
        });
        knowledge.conversations().forEach(c -> c.replies().forEach(r -> texts.put(c.id() + ".reply." + r.hashCode(), r)));
        knowledge.messages().keys().forEach(k ->
                knowledge.messages().variants(k).forEach(v -> texts.put(k + "." + v.hashCode(), v)));

        List<String> problems = new ArrayList<>();
        texts.forEach((where, text) -> TelegramHtml.problems(text).forEach(p -> problems.add(where + ": " + p)));
        assertThat(problems).isEmpty();
    }

    @Test
    void conversationIntentsHaveRepliesToPickFrom() {
        assertThat(knowledge.conversations()).allSatisfy(c -> assertThat(c.replies()).as(c.id()).isNotEmpty());
    }
}
