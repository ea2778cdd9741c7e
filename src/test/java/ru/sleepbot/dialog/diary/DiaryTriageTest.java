package ru.sleepbot.dialog.diary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.store.diary.SignNoted;

/**
 * What the diary records as a warning sign comes from triage's reading of the user's words, and
 * an alarm written into the diary gets the reply triage gives it anywhere: an emergency only its
 * own reply, a warning sign its reply first and then the diary's.
 */
class DiaryTriageTest {

    static final long CHAT = DialogHarness.CHAT.id();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private final DialogHarness bot = new DialogHarness();

    private void openNote() {
        bot.press(new ButtonData.DiaryAt(LocalTime.of(8, 0)));
        bot.press(new ButtonData.DiaryStep("q", TODAY, "3"));
        bot.press(new ButtonData.DiaryStep("j", TODAY, "many"));
        bot.press(new ButtonData.DiaryStep("fd", TODAY, null));
        bot.press(new ButtonData.DiaryStep("note", TODAY, null));
        bot.press(new ButtonData.DiaryStep("nc", TODAY, "yes"));
    }

    private static List<String> kinds(List<Reply> replies) {
        return replies.stream().map(Reply::kind).toList();
    }

    @Test
    void aNoteShowingAnEmergencyGetsTheEmergencyReplyAndNothingElse() {
        openNote();
        List<Reply> replies = bot.say("муж сейчас бьётся в судорогах и не дышит");

        assertThat(kinds(replies)).allSatisfy(kind -> assertThat(kind).startsWith("emergency "));
        assertThat(replies.get(0).text()).contains("103").contains("112");
        // As anywhere: the same words outside the diary get the very same reply.
        DialogHarness elsewhere = new DialogHarness();
        assertThat(DialogHarness.replies(elsewhere.engine.handle(new ru.sleepbot.chat.Incoming.Text(
                ru.sleepbot.chat.ChatRef.privateChat(7), "муж сейчас бьётся в судорогах и не дышит"))))
                .extracting(Reply::text).containsExactlyElementsOf(replies.stream().map(Reply::text).toList());
        assertThat(bot.diary.entry(CHAT, TODAY).orElseThrow().note()).as("an emergency is no note").isNull();
        String sign = replies.get(0).kind().split(" ")[1];
        assertThat(bot.diary.signs(CHAT, TODAY, TODAY)).containsExactly(new SignNoted(TODAY, sign));
    }

    @Test
    void aNoteShowingAWarningSignGetsTriagesReplyFirstThenIsKeptAndTheSignNoted() {
        openNote();
        List<Reply> replies = bot.say("утром язык прикушен и подушка в крови");

        assertThat(kinds(replies)).containsExactly("urgent unwitnessed_seizure", "diary_note_saved");
        assertThat(replies.get(0).text()).contains("невролог");
        assertThat(bot.diary.entry(CHAT, TODAY).orElseThrow().note()).isEqualTo("утром язык прикушен и подушка в крови");
        assertThat(bot.diary.signs(CHAT, TODAY, TODAY)).containsExactly(new SignNoted(TODAY, "unwitnessed_seizure"));
    }

    @Test
    void aWarningSignTypedAsACheckInAnswerIsAnsweredByTriageAndTheCheckInGoesOn() {
        bot.press(new ButtonData.DiaryAt(LocalTime.of(8, 0)));
        bot.press(new ButtonData.DiaryStep("in", TODAY, null));
        bot.say("3");
        List<Reply> replies = bot.say("много, а утром язык прикушен и подушка в крови");

        assertThat(kinds(replies)).containsExactly("urgent unwitnessed_seizure", "diary_ask evening");
        assertThat(bot.diary.entry(CHAT, TODAY).orElseThrow().jerks()).isEqualTo("many");
        assertThat(bot.diary.signs(CHAT, TODAY, TODAY)).containsExactly(new SignNoted(TODAY, "unwitnessed_seizure"));
    }

    @Test
    void ordinaryJerksInANoteRaiseNoAlarmAndNoSign() {
        openNote();
        List<Reply> replies = bot.say("вздрагивала пару раз при засыпании, после кофе");

        assertThat(kinds(replies)).containsExactly("diary_note_saved");
        assertThat(bot.diary.signs(CHAT, TODAY.minusDays(7), TODAY)).isEmpty();
    }

    @Test
    void aMedicineQuestionIsNoWarningSignOfTheDiary() {
        bot.press(new ButtonData.DiaryAt(LocalTime.of(8, 0)));
        List<Reply> replies = bot.say("можно выпить две таблетки феназепама чтобы не дергаться?");

        assertThat(kinds(replies)).allSatisfy(kind -> assertThat(kind).startsWith("medicine"));
        assertThat(bot.diary.signs(CHAT, TODAY.minusDays(7), TODAY)).isEmpty();
    }

    /** Every emergency and warning sign triage can name has a plain name in the summary for the doctor. */
    @Test
    void everySignTriageCanNoteHasANameInTheSummary() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> file : DialogHarness.CONTENT.safetyRules().entrySet()) {
            for (JsonNode sign : file.getValue().path("signs")) {
                String level = sign.path("level").asText();
                String key = "diary.report.sign." + sign.path("id").asText();
                if ((level.equals("emergency") || level.equals("urgent")) && !DialogHarness.CONTENT.messages().has(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(DialogHarness.CONTENT.safetyRules().values().stream().mapToInt(f -> f.path("signs").size()).sum())
                .as("the rules were found").isGreaterThan(10);
    }
}
