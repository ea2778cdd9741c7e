package ru.sleepbot.dialog.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.sleepbot.chat.Attachment;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.DialogHarness;
import ru.sleepbot.store.diary.RoutineDone;
import ru.sleepbot.store.diary.SignNoted;
import ru.sleepbot.store.prompt.PromptKind;

/** The diary through the real engine: what joins it by itself, and what is never kept without it. */
class DiaryFeatureTest {

    static final long CHAT = DialogHarness.CHAT.id();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26); // the harness's clock: 26 Nov, 22:00 in Moscow

    private final DialogHarness bot = new DialogHarness();

    private void startDiary() {
        bot.press(new ButtonData.DiaryAt(LocalTime.of(8, 0)));
    }

    private void recordNight(LocalDate night, int quality, String jerks) {
        bot.press(new ButtonData.DiaryStep("q", night, String.valueOf(quality)));
        bot.press(new ButtonData.DiaryStep("j", night, jerks));
        bot.press(new ButtonData.DiaryStep("fd", night, null));
    }

    private static String pdfText(Reply reply) throws IOException {
        Attachment file = reply.file().orElseThrow();
        assertThat(file.kind()).isEqualTo(Attachment.Kind.DOCUMENT);
        assertThat(file.mimeType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(file.bytes())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theRoutineTheCheckAndAWarningSignJoinTheDiaryAndTheSummary() throws IOException {
        startDiary();
        // Yesterday evening's routine, rated 5: it joins tonight's entry.
        bot.clock.set(java.time.Instant.parse("2026-11-25T19:30:00Z"));
        bot.press(new ButtonData.RoutineFeel("body_scan", 5));
        bot.clock.set(java.time.Instant.parse("2026-11-26T05:00:00Z"));
        recordNight(TODAY, 3, "many");
        bot.say("/check");
        for (String answer : List.of("ck:who:adult", "ck:when:asleep", "ck:pain:no", "ck:legs:no", "ck:breath:no",
                "ck:warn:yes")) {
            bot.press(answer);
        }
        List<Reply> warned = bot.say("ночью был приступ и я прикусила язык");

        assertThat(warned.get(0).kind()).isEqualTo("urgent unwitnessed_seizure");
        assertThat(bot.diary.routines(CHAT, TODAY.minusDays(1), TODAY))
                .containsExactly(new RoutineDone(TODAY.minusDays(1), "body_scan", 5));
        assertThat(bot.diary.signs(CHAT, TODAY, TODAY)).containsExactly(new SignNoted(TODAY, "unwitnessed_seizure"));
        assertThat(bot.diary.lastCheck(CHAT).orElseThrow().answers()).containsEntry("warn", "yes")
                .containsEntry("who", "adult");

        String pdf = pdfText(bot.say("/report").get(0));
        assertThat(pdf).contains("Сканирование тела — раз: 1, средняя оценка самочувствия после: 5,0 из 5.")
                .contains("26.11 — прикушенный во сне язык, кровь на подушке или мокрая постель после ночи.")
                .contains("Последняя проверка симптомов (26 ноября)")
                .contains("Прикушенный язык, мокрая постель, судороги, спутанность: Да, было.")
                .contains("Вздрагивания по ночам — не было: 0, немного: 0, много: 1, будили: 0.");
    }

    @Test
    void theExportHoldsTheDiaryAndTheQuestionTextsKeptWithConsent() {
        startDiary();
        recordNight(TODAY, 4, "few");
        bot.users.update(CHAT, s -> s.withStoreTextConsent(true));
        bot.misses.record("h1", CHAT, "когда луна полная");

        List<Reply> files = bot.say("/export");

        assertThat(files).extracting(Reply::kind).containsExactly("diary_export json", "diary_export csv");
        String json = new String(files.get(0).file().orElseThrow().bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"sleep_quality\" : 4", "\"consent_to_keep_unrecognised_questions\" : true",
                "\"questions_kept_with_consent\" : [ \"когда луна полная\" ]");
    }

    @Test
    void nothingIsKeptForSomeoneWhoKeepsNoDiary() {
        bot.press(new ButtonData.RoutineFeel("body_scan", 4));
        bot.say("ночью был приступ и я прикусила язык");
        List<Reply> refused = bot.press(new ButtonData.DiaryStep("q", TODAY, "4"));

        assertThat(refused.get(0).kind()).isEqualTo("diary_intro");
        assertThat(bot.diary.routines(CHAT, TODAY.minusDays(2), TODAY)).isEmpty();
        assertThat(bot.diary.signs(CHAT, TODAY.minusDays(2), TODAY)).isEmpty();
        assertThat(bot.diary.countEntries(CHAT)).isZero();
    }

    @Test
    void aGroupChatGetsNoDiary() {
        ru.sleepbot.chat.ChatRef group = new ru.sleepbot.chat.ChatRef(-100L, true);
        List<Reply> replies = DialogHarness.replies(bot.engine.handle(new ru.sleepbot.chat.Incoming.Text(group, "/diary")));
        List<Reply> pressed = DialogHarness.replies(bot.engine.handle(new ru.sleepbot.chat.Incoming.Press(group,
                ru.sleepbot.chat.ButtonCodec.encode(new ButtonData.DiaryAt(LocalTime.of(8, 0))))));

        assertThat(replies.get(0).kind()).isEqualTo("diary_private_only");
        assertThat(pressed.get(0).kind()).isEqualTo("diary_private_only");
        assertThat(bot.diary.settings(-100L)).isEmpty();
        assertThat(bot.prompts.find(-100L, PromptKind.MORNING)).isEmpty();
    }

    @Test
    void theMorningAndWeeklyPromptsFollowTheUsersTimeZone() {
        startDiary();
        assertThat(bot.prompts.find(CHAT, PromptKind.MORNING).orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/Moscow"));

        bot.press(new ButtonData.ZoneSet("novosibirsk"));

        assertThat(bot.prompts.find(CHAT, PromptKind.MORNING).orElseThrow().zone())
                .isEqualTo(ZoneId.of("Asia/Novosibirsk"));
        assertThat(bot.prompts.find(CHAT, PromptKind.WEEKLY).orElseThrow().zone())
                .isEqualTo(ZoneId.of("Asia/Novosibirsk"));
        assertThat(bot.prompts.find(CHAT, PromptKind.MORNING).orElseThrow().nextDueAt())
                .isEqualTo(java.time.Instant.parse("2026-11-27T01:00:00Z")); // 08:00 in Novosibirsk
    }

    @Test
    void withdrawingTheNotesConsentDeletesTheNotes() {
        startDiary();
        recordNight(TODAY, 4, "few");
        bot.press(new ButtonData.DiaryStep("note", TODAY, null));
        bot.press(new ButtonData.DiaryStep("nc", TODAY, "yes"));
        bot.say("проснулась в три");
        assertThat(bot.diary.entry(CHAT, TODAY).orElseThrow().note()).isEqualTo("проснулась в три");

        List<Reply> withdrawn = bot.press(new ButtonData.DiaryStep("nc", TODAY, "no"));

        assertThat(withdrawn.get(0).kind()).isEqualTo("diary_notes_off");
        assertThat(bot.diary.entry(CHAT, TODAY).orElseThrow().note()).isNull();
        assertThat(bot.diary.entry(CHAT, TODAY).orElseThrow().quality()).isEqualTo(4);
    }

    @Test
    void everyDiaryReplyHasAKindAndAtMostSixButtons() {
        List<Reply> all = new java.util.ArrayList<>();
        all.addAll(bot.say("/diary"));
        startDiary();
        all.addAll(bot.press(new ButtonData.DiaryStep("in", TODAY, null)));
        all.addAll(bot.press(new ButtonData.DiaryStep("q", TODAY, "2")));
        all.addAll(bot.press(new ButtonData.DiaryStep("j", TODAY, "woke")));
        all.addAll(bot.press(new ButtonData.DiaryStep("f", TODAY, "nap")));
        all.addAll(bot.press(new ButtonData.DiaryStep("fd", TODAY, null)));
        all.addAll(bot.say("/diary"));
        all.addAll(bot.press(new ButtonData.DiaryOpen("more")));
        all.addAll(bot.press(new ButtonData.DiaryOpen("days")));
        all.addAll(bot.press(new ButtonData.DiaryOpen("week")));
        all.addAll(bot.say("/export"));

        assertThat(all).hasSizeGreaterThan(10).allSatisfy(reply -> {
            assertThat(reply.kind()).as(reply.text()).isNotBlank();
            assertThat(reply.buttons()).as(reply.kind()).hasSizeLessThanOrEqualTo(6);
            assertThat(reply.text().length()).as(reply.kind()).isLessThanOrEqualTo(reply.file().isPresent() ? 1024 : 4096);
        });
    }
}
