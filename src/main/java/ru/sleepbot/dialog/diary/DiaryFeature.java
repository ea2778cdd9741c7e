package ru.sleepbot.dialog.diary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.dialog.Feature;
import ru.sleepbot.dialog.FlowState;
import ru.sleepbot.dialog.Journal;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.nlu.Utterance;
import ru.sleepbot.reminder.PromptWriter;
import ru.sleepbot.safety.Assessment;
import ru.sleepbot.safety.Level;
import ru.sleepbot.store.MissLog;
import ru.sleepbot.store.UserStore;
import ru.sleepbot.store.diary.DiaryEntry;
import ru.sleepbot.store.diary.DiaryStore;
import ru.sleepbot.store.prompt.PromptStore;

/**
 * The sleep diary: /diary (start it with a morning time, or its menu), the check-in of a night by
 * buttons or words, a past night filled in or corrected, the chart ("покажи мой сон за неделю"),
 * what the diary says, /report (a PDF for the doctor) and /export (JSON and CSV). Buttons
 * {@code dy:}. Free text reaches it only after the engine's triage, like any flow's. Kept in
 * private chats only: in a group every diary command, button and request gets a reply saying so.
 */
public final class DiaryFeature implements Feature {

    /** The diary's parts as the assembly wires them. */
    public record Parts(DiaryFeature feature, Journal journal, UserStore users, PromptWriter prompts) {
    }

    /** What the diary reads and writes: its own stores, the user's settings, and what /export adds. */
    public record Stores(UserStore users, DiaryStore diary, PromptStore prompts, MissLog misses) {
        public Stores {
            Objects.requireNonNull(users, "users");
            Objects.requireNonNull(diary, "diary");
            Objects.requireNonNull(prompts, "prompts");
            Objects.requireNonNull(misses, "misses");
        }
    }

    private final DiaryKit kit;
    private final DiaryWords words;
    private final DayWords days;
    private final DiarySetup setup;
    private final CheckIn checkIn;
    private final DiaryOutputs outputs;
    private final DiaryReplies replies;
    private final DiaryJournal journal;

    private DiaryFeature(DiaryKit kit) {
        this.kit = kit;
        this.words = new DiaryWords(kit.knowledge.lexicon());
        this.days = new DayWords(kit.knowledge);
        this.replies = new DiaryReplies(kit);
        this.setup = new DiarySetup(kit, replies);
        this.checkIn = new CheckIn(kit, replies, words);
        this.outputs = new DiaryOutputs(kit);
        this.journal = new DiaryJournal(kit);
    }

    /**
     * The feature, the journal other features report to, the user store the features should use
     * (it moves the diary's prompts along when the zone changes) and the writer of the prompts.
     *
     * @param alarms the reply triage gives an alarm everywhere else (the guard's, with its link)
     */
    public static Parts assemble(KnowledgeBase knowledge, Stores stores, Function<Assessment, List<Reply>> alarms,
                                 Clock clock, RandomGenerator random) {
        UserStore following = new ZoneFollowingUsers(stores.users(), stores.prompts());
        DiaryKit kit = new DiaryKit(knowledge, new Stores(following, stores.diary(), stores.prompts(), stores.misses()),
                alarms, clock);
        DiaryFeature feature = new DiaryFeature(kit);
        return new Parts(feature, feature.journal, following, new DiaryPrompts(kit, feature.outputs, random));
    }

    @Override
    public Set<String> commands() {
        return Set.of("diary", "report", "export");
    }

    @Override
    public Set<Class<? extends ButtonData>> buttons() {
        return Set.of(ButtonData.Diary.class);
    }

    @Override
    public boolean ownsFlow(FlowState state) {
        return state instanceof DiaryFlow;
    }

    @Override
    public List<Reply> onCommand(Turn turn, String command, String argument) {
        if (turn.chat().group()) {
            return privateOnly();
        }
        return switch (command) {
            case "report" -> outputs.report(turn);
            case "export" -> outputs.export(turn);
            default -> setup.open(turn);
        };
    }

    @Override
    public List<Reply> onButton(Turn turn, ButtonData data) {
        if (turn.chat().group()) {
            return privateOnly();
        }
        if (data instanceof ButtonData.DiaryAt at) {
            return setup.at(turn, at.time());
        }
        if (data instanceof ButtonData.DiaryStep step) {
            return checkIn.press(turn, step);
        }
        return screen(turn, ((ButtonData.DiaryOpen) data).screen());
    }

    private List<Reply> screen(Turn turn, String screen) {
        return switch (screen) {
            case "more" -> List.of(replies.more(kit.diary.settings(turn.chat().id())
                    .map(ru.sleepbot.store.diary.DiarySettings::noteConsent).orElse(false),
                    kit.today(turn.chat().id(), turn.now())));
            case "time" -> setup.askTime(turn);
            case "later" -> List.of(replies.plainText("later", "diary_later"));
            case "stop" -> setup.stop(turn);
            case "days" -> pickDay(turn);
            case "insights" -> outputs.insights(turn);
            case "report" -> outputs.report(turn);
            case "export" -> outputs.export(turn);
            case "nonote" -> {
                turn.session().flow(DiaryFlow.Note.class).ifPresent(n -> turn.session().close());
                yield List.of(replies.plainText("no_note", "diary_no_note"));
            }
            case "week" -> outputs.chart(turn, DiaryOutputs.WEEK);
            case "month" -> outputs.chart(turn, DiaryOutputs.MONTH);
            default -> setup.open(turn);
        };
    }

    /**
     * Free text while a diary question is open. Triage has read it first: an emergency never gets
     * here (its reply stands alone), while a warning sign told as an answer or a note ("много, и
     * язык прикусил") is the diary's to record, so the reply triage gives it everywhere else goes
     * first, and the diary's answer, with the buttons of its next step, follows.
     */
    @Override
    public Optional<List<Reply>> onFlowText(Turn turn, Utterance said) {
        return flowText(turn, said).map(answer -> journal.reported(turn).filter(a -> a.is(Level.URGENT))
                .map(a -> concat(kit.alarms.apply(a), answer)).orElse(answer));
    }

    private static List<Reply> concat(List<Reply> first, List<Reply> then) {
        List<Reply> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private Optional<List<Reply>> flowText(Turn turn, Utterance said) {
        Optional<DiaryFlow> flow = turn.session().flow(DiaryFlow.class);
        if (flow.isEmpty()) {
            return Optional.empty();
        }
        if (flow.get() instanceof DiaryFlow.Note note) {
            return checkIn.note(turn, note, said);
        }
        if (flow.get() instanceof DiaryFlow.Time) {
            return setup.typedTime(turn, said);
        }
        if (flow.get() instanceof DiaryFlow.Day) {
            return typedDay(turn, said);
        }
        return checkIn.typed(turn, (DiaryFlow.CheckIn) flow.get(), said);
    }

    /** "покажи мой сон за неделю", "сводка для врача", "выгрузи мои данные": the same as the buttons. */
    @Override
    public Optional<List<Reply>> onFollowUp(Turn turn, Utterance said) {
        if (turn.chat().group()) {
            return words.request(said).map(request -> privateOnly());
        }
        return words.request(said).map(request -> switch (request) {
            case EXPORT -> outputs.export(turn);
            case REPORT -> outputs.report(turn);
            case INSIGHTS -> outputs.insights(turn);
            case CHART -> outputs.chart(turn, DiaryOutputs.WEEK);
            case CHART_MONTH -> outputs.chart(turn, DiaryOutputs.MONTH);
            case STOP -> setup.stop(turn);
            case OTHER_DAY -> otherDay(turn, said);
            case CHECKIN -> checkIn.start(turn, kit.today(turn.chat().id(), turn.now()));
            case START -> setup.open(turn);
        });
    }

    @Override
    public boolean asksFor(Utterance said) {
        return words.request(said).isPresent();
    }

    /** A warning sign triage found in this turn's message is noted in the diary of a user who keeps one. */
    @Override
    public List<Reply> afterTurn(Turn turn, List<Reply> out) {
        journal.signs(turn);
        return out;
    }

    /** What a 403 does: the diary stops like the evening reminder, prompts and all; its records stay. */
    public static LongConsumer offWhenBlocked(DiaryStore diary, PromptStore prompts) {
        return chat -> DiarySetup.stop(diary, prompts, chat);
    }

    /** A diary is health data: it is kept in a private chat with the bot, never in a group. */
    private List<Reply> privateOnly() {
        return List.of(replies.plainText("private_only", "diary_private_only"));
    }

    private List<Reply> pickDay(Turn turn) {
        long chat = turn.chat().id();
        if (!kit.keepsDiary(chat)) {
            return setup.open(turn);
        }
        java.time.LocalDate today = kit.today(chat, turn.now());
        Set<java.time.LocalDate> recorded = kit.diary.entries(chat, today.minusDays(6), today).stream()
                .filter(e -> !e.isEmpty()).map(DiaryEntry::night).collect(Collectors.toSet());
        turn.session().open(new DiaryFlow.Day());
        return List.of(replies.pickDay(today, recorded));
    }

    /** "исправь вчерашнюю ночь": straight to that night when the message names one, else the choice of days. */
    private List<Reply> otherDay(Turn turn, Utterance said) {
        return days.read(said.raw(), kit.today(turn.chat().id(), turn.now()))
                .map(night -> checkIn.start(turn, night)).orElseGet(() -> pickDay(turn));
    }

    private Optional<List<Reply>> typedDay(Turn turn, Utterance said) {
        Optional<java.time.LocalDate> night = days.read(said.raw(), kit.today(turn.chat().id(), turn.now()));
        if (night.isPresent()) {
            return Optional.of(checkIn.start(turn, night.get()));
        }
        if (said.size() <= 4) {
            return Optional.of(List.of(replies.plainText("bad_day", "diary_pick_day")));
        }
        turn.session().close();
        return Optional.empty();
    }
}
