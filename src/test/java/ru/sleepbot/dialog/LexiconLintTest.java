package ru.sleepbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Lexicon;
import ru.sleepbot.dialog.assembly.DialogDependencies;
import ru.sleepbot.dialog.assembly.Dialogs;
import ru.sleepbot.nlu.NluSettings;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.reminder.PromptSchedule;
import ru.sleepbot.store.InMemoryDiaryStore;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.safety.Triage;
import ru.sleepbot.store.InMemoryMissLog;
import ru.sleepbot.store.InMemoryPromptStore;
import ru.sleepbot.store.InMemoryUserStore;
import ru.sleepbot.time.ManualScheduler;
import ru.sleepbot.time.MutableClock;

/**
 * The lists in intents/lexicon/ against the code that reads them: every list the dialog asks for
 * is there (the dialog is built over the real content, which asks for all of them), and every
 * list there is asked for, so an edit to a list nobody reads cannot go unnoticed.
 */
class LexiconLintTest {

    private static final KnowledgeBase CONTENT = DialogHarness.CONTENT;
    /** Lists matched against a whole message or a run of words; all others hold single words. */
    private static final Set<String> PHRASE_LISTS = Set.of("followup.what_is_this",
            "yes_no.yes", "yes_no.no", "routine.next", "routine.pause", "routine.resume", "routine.stop",
            "reminder.stop", "reminder.resume", "reminder.set_verbs", "reminder.comes_back", "time.and_a_half", "audience.self", "reminder.recall", "reminder.status", "reminder.restore", "reminder.not_about", "reminder.today", "reminder.pause_few_days", "requests.privacy",
            "requests.forget", "requests.forget_yes", "requests.check", "requests.stop", "requests.routine",
            "requests.shorter", "requests.shortest", "requests.help", "check.dont_know_phrase", "check.no_phrase", "followup.which_doctor", "followup.is_it", "followup.what_is_run",
            "talk.farewell", "talk.greeting", "talk.finished_end", "emergency.over", "followup.side_run.difference", "followup.side_run.what_to_do", "followup.side_run.causes",
            "diary.start", "diary.checkin", "diary.other_day", "diary.chart", "diary.chart_month", "diary.insights",
            "diary.report", "diary.export", "diary.stop", "diary.skip", "diary.none", "diary.factor_coffee",
            "diary.factor_alcohol", "diary.factor_stress", "diary.factor_workout", "diary.factor_screens",
            "diary.factor_late", "diary.factor_nap", "diary.jerks_woke", "diary.jerks_none", "diary.jerks_many",
            "diary.jerks_few");

    @Test
    void theDialogFindsEveryListItAsksFor() {
        assertThatCode(() -> build(CONTENT.lexicon())).doesNotThrowAnyException();
    }

    /** Lists the intent classifier reads (concepts.yaml, sentences.yaml); nlu.opennlp.CuesTest checks them. */
    private static boolean readByTheClassifier(String key) {
        return key.startsWith("concepts.") || key.startsWith("sentences.");
    }

    @Test
    void everyListInTheFolderIsReadByTheDialog() {
        assertThat(CONTENT.lexicon().keys()).isNotEmpty();
        for (String key : CONTENT.lexicon().keys()) {
            if (readByTheClassifier(key)) {
                continue;
            }
            Map<String, List<String>> without = lists(CONTENT.lexicon());
            without.remove(key);
            assertThatThrownBy(() -> build(new Lexicon(without))).as(key).hasMessageContaining(key);
        }
    }

    @Test
    void wordListsHoldSingleWords() {
        for (String key : CONTENT.lexicon().keys()) {
            // Neighbour cues may be runs of words ("во сне"), as NeighbourCues reads them.
            if (!PHRASE_LISTS.contains(key) && !key.startsWith("neighbours.") && !readByTheClassifier(key)) {
                assertThat(CONTENT.lexicon().words(key)).as(key).allSatisfy(word -> assertThat(word).doesNotContain(" "));
            }
        }
    }

    @Test
    void noWordMeansBothYesAndNo() {
        Lexicon lexicon = CONTENT.lexicon();
        assertThat(lexicon.words("yes_no.yes")).doesNotContainAnyElementsOf(lexicon.words("yes_no.no"));
        List<String> answers = List.of("check.yes", "check.no", "check.sometimes", "check.dont_know");
        for (String a : answers) {
            for (String b : answers) {
                if (!a.equals(b)) {
                    assertThat(lexicon.words(a)).as(a + " and " + b).doesNotContainAnyElementsOf(lexicon.words(b));
                }
            }
        }
    }

    private static Map<String, List<String>> lists(Lexicon lexicon) {
        Map<String, List<String>> lists = new HashMap<>();
        lexicon.keys().forEach(key -> lists.put(key, List.copyOf(lexicon.words(key))));
        return lists;
    }

    /** The whole dialog as the application wires it, over the real content with this lexicon. */
    private static void build(Lexicon lexicon) {
        KnowledgeBase knowledge = new KnowledgeBase(CONTENT.topics(), CONTENT.conversations(), CONTENT.routines(),
                CONTENT.messages(), CONTENT.safetyRules(), lexicon);
        MutableClock clock = new MutableClock(Instant.parse("2026-11-26T19:00:00Z"));
        DialogDependencies deps = new DialogDependencies(knowledge, DialogHarness.classifier(),
                NluSettings.DEFAULTS.policy(), Triage.fromContent(knowledge, new RussianAnalyzer(new TextNormalizer())), new InMemoryUserStore(ZoneId.of("Europe/Moscow")), new InMemoryDiaryStore(), new InMemoryPromptStore(clock, new PromptSchedule()),
                new InMemoryMissLog(), message -> { }, new ManualScheduler(clock), clock, SessionSettings.DEFAULT);
        Dialogs.create(deps, new Random(7));
    }
}
