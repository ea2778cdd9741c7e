package ru.sleepbot.dialog.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.diary.Factor;
import ru.sleepbot.diary.Jerks;
import ru.sleepbot.nlu.Utterance;
import ru.sleepbot.store.diary.DiaryEntry;
import ru.sleepbot.store.diary.DiarySettings;

/**
 * The morning check-in of one night: how I slept (1–5), jerks, what the evening held, then an
 * optional note. Each answer is stored at once, so a check-in left half way keeps what was
 * answered and nothing else: a skipped question stays empty. Buttons carry their night, so a
 * past night is filled in or corrected the same way, and an old prompt's buttons still work.
 */
final class CheckIn {

    private final DiaryKit kit;
    private final DiaryReplies replies;
    private final DiaryWords words;

    CheckIn(DiaryKit kit, DiaryReplies replies, DiaryWords words) {
        this.kit = kit;
        this.replies = replies;
        this.words = words;
    }

    /** The first question for {@code night} (an existing entry is shown, to be answered anew). */
    List<Reply> start(Turn turn, LocalDate night) {
        Optional<List<Reply>> refused = refuse(turn, night);
        if (refused.isPresent()) {
            return refused.get();
        }
        turn.session().open(new DiaryFlow.CheckIn(night, "q"));
        return List.of(replies.quality(night, kit.diary.entry(turn.chat().id(), night), null));
    }

    List<Reply> press(Turn turn, ButtonData.DiaryStep press) {
        LocalDate night = press.night();
        Optional<List<Reply>> refused = refuse(turn, night);
        if (refused.isPresent()) {
            return refused.get();
        }
        String value = press.valueKey().orElse("");
        switch (press.step()) {
            case "in":
                return start(turn, night);
            case "q":
                return value.matches("[1-5]") ? quality(turn, night, Integer.parseInt(value)) : start(turn, night);
            case "j":
                return Jerks.of(value).map(j -> jerks(turn, night, j)).orElseGet(() -> start(turn, night));
            case "f":
                return Factor.of(value).map(f -> addFactor(turn, night, f)).orElseGet(() -> start(turn, night));
            case "fp":
                return List.of(replies.evening(night, chosen(turn, night), "1".equals(value) ? 1 : 0));
            case "fd":
                return factorsDone(turn, night, null);
            case "skip":
                return skip(turn, night);
            case "note":
                return askNote(turn, night);
            default:
                return noteConsent(turn, night, "yes".equals(value));
        }
    }

    /** A typed answer to the question on screen; empty when it is not one (the text is read as usual). */
    Optional<List<Reply>> typed(Turn turn, DiaryFlow.CheckIn flow, Utterance said) {
        LocalDate night = flow.night();
        if (words.skip(said)) {
            return Optional.of(skip(turn, night));
        }
        Optional<List<Reply>> answer = switch (flow.step()) {
            case "q" -> words.quality(said).map(q -> quality(turn, night, q));
            case "j" -> words.jerks(said).map(j -> jerks(turn, night, j));
            default -> words.factors(said).map(f -> factorsDone(turn, night, f));
        };
        if (answer.isEmpty()) {
            turn.session().close();
        }
        return answer;
    }

    /** The note typed after "Добавить заметку": stored only with the consent given for notes. */
    Optional<List<Reply>> note(Turn turn, DiaryFlow.Note flow, Utterance said) {
        turn.session().close();
        long chat = turn.chat().id();
        if (!kit.diary.settings(chat).map(DiarySettings::noteConsent).orElse(false)) {
            return Optional.of(List.of(replies.noteConsent(flow.night())));
        }
        String text = said.raw().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        DiaryEntry entry = entry(turn, flow.night()).withNote(text);
        kit.diary.saveEntry(chat, entry);
        return Optional.of(List.of(replies.plainText("note_saved", Map.of("date", kit.dates.day(flow.night())),
                "diary_note_saved")));
    }

    private List<Reply> quality(Turn turn, LocalDate night, int score) {
        kit.diary.saveEntry(turn.chat().id(), entry(turn, night).withQuality(score));
        turn.session().open(new DiaryFlow.CheckIn(night, "j"));
        return List.of(replies.jerks(night));
    }

    private List<Reply> jerks(Turn turn, LocalDate night, Jerks level) {
        // The evening is answered anew: a correction replaces the factors rather than adding to them.
        kit.diary.saveEntry(turn.chat().id(), entry(turn, night).withJerks(level.key()).withFactors(null));
        turn.session().open(new DiaryFlow.CheckIn(night, "f"));
        return List.of(replies.evening(night, Set.of(), 0));
    }

    private List<Reply> addFactor(Turn turn, LocalDate night, Factor factor) {
        Set<String> chosen = new TreeSet<>(chosen(turn, night));
        chosen.add(factor.key());
        kit.diary.saveEntry(turn.chat().id(), entry(turn, night).withFactors(chosen));
        turn.session().open(new DiaryFlow.CheckIn(night, "f"));
        int page = DiaryReplies.PAGES.get(0).contains(factor) ? 0 : 1;
        return List.of(replies.evening(night, chosen, page));
    }

    /** "Это всё" (or "Ничего из этого"), or factors typed: the evening is answered and the night saved. */
    private List<Reply> factorsDone(Turn turn, LocalDate night, Set<String> typed) {
        DiaryEntry entry = entry(turn, night);
        Set<String> factors = typed != null ? typed : entry.factors() == null ? Set.of() : entry.factors();
        DiaryEntry saved = entry.withFactors(factors);
        kit.diary.saveEntry(turn.chat().id(), saved);
        turn.session().close();
        return List.of(replies.saved(saved));
    }

    private List<Reply> skip(Turn turn, LocalDate night) {
        turn.session().close();
        return List.of(replies.skipped(night));
    }

    private List<Reply> askNote(Turn turn, LocalDate night) {
        if (!kit.diary.settings(turn.chat().id()).map(DiarySettings::noteConsent).orElse(false)) {
            return List.of(replies.noteConsent(night));
        }
        turn.session().open(new DiaryFlow.Note(night));
        return List.of(replies.askNote(night));
    }

    private List<Reply> noteConsent(Turn turn, LocalDate night, boolean agree) {
        long chat = turn.chat().id();
        kit.diary.settings(chat).ifPresent(s -> kit.diary.saveSettings(s.withNoteConsent(agree)));
        if (!agree) {
            // Without the consent the notes already kept may not stay either.
            kit.diary.entries(chat, LocalDate.of(2000, 1, 1), LocalDate.of(2999, 12, 31)).stream()
                    .filter(e -> e.note() != null).forEach(e -> kit.diary.saveEntry(chat, e.withNote(null)));
            return List.of(replies.plainText("notes_declined", "diary_notes_off"));
        }
        turn.session().open(new DiaryFlow.Note(night));
        return List.of(replies.askNote(night));
    }

    private Set<String> chosen(Turn turn, LocalDate night) {
        DiaryEntry entry = entry(turn, night);
        return entry.factors() == null ? Set.of() : entry.factors();
    }

    private DiaryEntry entry(Turn turn, LocalDate night) {
        return kit.diary.entry(turn.chat().id(), night).orElseGet(() -> DiaryEntry.empty(night));
    }

    /** Why a night cannot be recorded now: no diary yet (health data only after opting in), or a night still ahead. */
    private Optional<List<Reply>> refuse(Turn turn, LocalDate night) {
        long chat = turn.chat().id();
        if (!kit.keepsDiary(chat)) {
            turn.session().close();
            return Optional.of(List.of(replies.intro(kit.zone(chat), kit.text("not_started"))));
        }
        if (night.isAfter(kit.today(chat, turn.now()))) {
            return Optional.of(List.of(replies.plainText("future_day", "diary_pick_day")));
        }
        return Optional.empty();
    }
}
