package ru.sleepbot.dialog.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.sleepbot.chat.Button;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Messages;
import ru.sleepbot.dialog.Feature;
import ru.sleepbot.dialog.Journal;
import ru.sleepbot.dialog.FlowState;
import ru.sleepbot.dialog.Menus;
import ru.sleepbot.dialog.Phrases;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.UnderstandingPolicy;
import ru.sleepbot.nlu.Utterance;

/**
 * The symptom check: /check or {@code ck:start}, then one question at a time with buttons
 * ({@code ck:<step>:<option>}) or typed answers, then a tailored summary. A message that is not an
 * answer but a question of its own leaves the check; anything else gets the question again.
 */
public final class CheckFeature implements Feature {

    /** "хватит", "всё, хватит вопросов": a stop is a few words; a longer message may be an answer. */
    static final int MAX_STOP_WORDS = 8;
    /** Requests are short; a long story that mentions a test is a question for the classifier. */
    static final int MAX_REQUEST_WORDS = 20;

    private final Messages messages;
    private final CheckAnswerReader reader;
    private final CheckSummary summary;
    private final IntentClassifier classifier;
    private final UnderstandingPolicy policy;
    private final Phrases asked;
    private final Phrases stop;
    private final Journal journal;

    CheckFeature(Messages messages, CheckAnswerReader reader, CheckSummary summary, IntentClassifier classifier,
                 UnderstandingPolicy policy, Phrases asked, Phrases stop, Journal journal) {
        this.messages = messages;
        this.reader = reader;
        this.summary = summary;
        this.classifier = classifier;
        this.policy = policy;
        this.asked = asked;
        this.stop = stop;
        this.journal = journal;
    }

    /** The check with its answer reader (words from intents/lexicon/check.yaml) and summary. */
    public static CheckFeature create(KnowledgeBase knowledge, Menus menus, RussianAnalyzer analyzer,
                                      IntentClassifier classifier, UnderstandingPolicy policy) {
        return create(knowledge, menus, analyzer, classifier, policy, Journal.NONE);
    }

    /** The same, telling {@code journal} the answers of every finished check (the sleep diary keeps them). */
    public static CheckFeature create(KnowledgeBase knowledge, Menus menus, RussianAnalyzer analyzer,
                                      IntentClassifier classifier, UnderstandingPolicy policy, Journal journal) {
        return new CheckFeature(knowledge.messages(), new CheckAnswerReader(analyzer, knowledge.lexicon()),
                new CheckSummary(knowledge, menus), classifier, policy,
                new Phrases(knowledge.lexicon().words("requests.check")), new Phrases(knowledge.lexicon().words("requests.stop")),
                journal);
    }

    @Override
    public Set<String> commands() {
        return Set.of("check");
    }

    @Override
    public Set<Class<? extends ButtonData>> buttons() {
        return Set.of(ButtonData.Check.class);
    }

    @Override
    public boolean ownsFlow(FlowState state) {
        return state instanceof CheckState;
    }

    @Override
    public List<Reply> onCommand(Turn turn, String command, String argument) {
        return start(turn);
    }

    @Override
    public List<Reply> onButton(Turn turn, ButtonData data) {
        if (!(data instanceof ButtonData.CheckAnswer answer)) {
            return start(turn);
        }
        Optional<CheckState> open = turn.session().flow(CheckState.class);
        Optional<CheckStep> step = CheckStep.fromKey(answer.step());
        Optional<CheckOption> option = CheckOption.fromKey(answer.option());
        if (open.isEmpty() || step.isEmpty() || option.isEmpty() || !step.get().options().contains(option.get())) {
            return List.of(Reply.text(messages.text("check.stale")).withRow(List.of(startButton())).withKind("stale"));
        }
        if (open.get().step() != step.get()) {
            // A button of an earlier question: the check goes on from where it is.
            return List.of(question(open.get().step(), messages.text("check.old_question")));
        }
        return advance(turn, open.get(), option.get());
    }

    @Override
    public Optional<List<Reply>> onFlowText(Turn turn, Utterance said) {
        CheckState state = turn.session().flow(CheckState.class).orElseThrow();
        boolean asking = said.raw().contains("?") && isQuestion(said);
        // "а стоп, подожди, апноэ это что такое?" is a question on the way, not the end of the check.
        if (said.size() <= MAX_STOP_WORDS && stop.in(said) && !asking) {
            turn.session().close();
            return Optional.of(List.of(Reply.text(messages.text("check.stopped")).withKind("check_stopped")));
        }
        Optional<CheckOption> option = asking ? reader.readAfterQuestion(state.step(), said.raw())
                : reader.read(state.step(), said);
        if (option.isPresent()) {
            return Optional.of(advance(turn, state, option.get()));
        }
        if (asking || isQuestion(said)) {
            // A question of its own: it is answered as usual, then the check asks its question again.
            turn.session().open(state.askingAgain(true));
            return Optional.empty();
        }
        return Optional.of(List.of(question(state.step(), messages.text("check.not_understood"))));
    }

    /** "проверь меня", "хочу пройти тест": the same as /check. */
    @Override
    public Optional<List<Reply>> onFollowUp(Turn turn, Utterance said) {
        return said.size() <= MAX_REQUEST_WORDS && asked.in(said) ? Optional.of(start(turn)) : Optional.empty();
    }

    @Override
    public boolean asksFor(Utterance said) {
        return said.size() <= MAX_REQUEST_WORDS && asked.in(said);
    }

    /** After the answer to a side question, the check's own question comes again. */
    @Override
    public List<Reply> afterTurn(Turn turn, List<Reply> replies) {
        Optional<CheckState> open = turn.session().flow(CheckState.class).filter(CheckState::askAgain);
        if (open.isEmpty()) {
            return replies;
        }
        turn.session().open(open.get().askingAgain(false));
        List<Reply> all = new ArrayList<>(replies);
        all.add(question(open.get().step(), messages.text("check.back")));
        return all;
    }

    @Override
    public Optional<String> onCancel(Turn turn) {
        if (turn.session().flow(CheckState.class).isEmpty()) {
            return Optional.empty();
        }
        turn.session().close();
        return Optional.of("check_stopped");
    }

    private boolean isQuestion(Utterance said) {
        return !policy.decide(classifier.classify(said)).outOfScope();
    }

    private List<Reply> start(Turn turn) {
        CheckState state = CheckState.start();
        turn.session().open(state);
        return List.of(question(state.step(), messages.text("check.intro")));
    }

    private List<Reply> advance(Turn turn, CheckState state, CheckOption option) {
        Optional<CheckState> next = state.answer(option);
        if (next.isPresent()) {
            turn.session().open(next.get());
            return List.of(question(next.get().step(), null));
        }
        turn.session().close();
        Map<CheckStep, CheckOption> answers = state.answersWith(option);
        CheckSummary.Result result = summary.summarize(answers);
        Map<String, String> keys = new LinkedHashMap<>();
        answers.forEach((step, answer) -> keys.put(step.key(), answer.key()));
        journal.checkAnswered(turn, keys, result.main().key());
        // Follow-ups after the summary ("а это опасно?") are about what it found.
        summary.mainTopic(result.main()).ifPresent(t -> turn.session().talkedAbout(t.id(), null));
        return List.of(result.reply());
    }

    private Reply question(CheckStep step, String before) {
        String asked = messages.text("check.question." + step.key());
        String text = before == null ? asked : before + "\n\n" + asked;
        List<Button> buttons = step.options().stream()
                .map(o -> new Button(messages.text("check.option." + step.key() + "." + o.key()),
                        new ButtonData.CheckAnswer(step.key(), o.key())))
                .toList();
        return Reply.text(text).withButtons(buttons, step.options().size() > 3 ? 2 : 1).withKind("check_question");
    }

    private Button startButton() {
        return new Button(messages.text("dialog.button.check"), new ButtonData.StartCheck());
    }
}
