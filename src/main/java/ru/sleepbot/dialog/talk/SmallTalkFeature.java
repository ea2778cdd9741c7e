package ru.sleepbot.dialog.talk;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Conversation;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Messages;
import ru.sleepbot.dialog.Farewells;
import ru.sleepbot.dialog.Feature;
import ru.sleepbot.dialog.Menus;
import ru.sleepbot.dialog.Phrases;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.Utterance;

/**
 * Greeting, thanks, goodbye ("спокойной ночи" gets a warm good night) and "what can you do":
 * one of the replies the content gives for the intent, varied; greeting and help add the menu. A
 * short message sent on half a word gets "go on".
 */
public final class SmallTalkFeature implements Feature {

    static final Set<String> WITH_MENU = Set.of("greeting", "help");
    /** A goodbye, thanks or "got it" told in more words may say something else too. */
    static final int SHORT_REMARK = 6;
    /** A question word this early makes a message a question ("ну а всё-таки отчего это"). */
    static final int ASKING_WITHIN = 5;

    private final KnowledgeBase knowledge;
    private final Messages messages;
    private final Menus menus;
    private final RandomGenerator random;
    private final Farewells words;
    private final Phrases greeting;
    private final Set<String> ok;
    private final Set<String> toBot;
    private final Set<String> asking;
    private final Set<String> unfinishedEnd;
    private final Set<String> unfinishedIf;
    private final Set<String> finishedEnd;
    private final ru.sleepbot.dialog.Acknowledgement acknowledgement;

    public SmallTalkFeature(KnowledgeBase knowledge, Menus menus, RandomGenerator random) {
        this.knowledge = knowledge;
        this.messages = knowledge.messages();
        this.menus = menus;
        this.random = random;
        this.words = new Farewells(knowledge.lexicon());
        this.greeting = new Phrases(knowledge.lexicon().words("talk.greeting"));
        ru.sleepbot.nlu.TextNormalizer normalizer = new ru.sleepbot.nlu.TextNormalizer();
        this.ok = knowledge.lexicon().words("talk.ok", normalizer::normalize);
        this.toBot = knowledge.lexicon().words("talk.to_bot", normalizer::normalize);
        this.asking = knowledge.lexicon().words("talk.asking", normalizer::normalize);
        this.unfinishedEnd = knowledge.lexicon().words("talk.unfinished_end", normalizer::normalize);
        this.unfinishedIf = knowledge.lexicon().words("talk.unfinished_if", normalizer::normalize);
        this.finishedEnd = knowledge.lexicon().words("talk.finished_end", normalizer::normalize);
        this.acknowledgement = new ru.sleepbot.dialog.Acknowledgement(knowledge.lexicon());
    }

    @Override
    public Set<String> intents() {
        return Set.of("greeting", "thanks", "goodbye", "help");
    }

    @Override
    public List<Reply> onIntent(Turn turn, Classification understood, Utterance said) {
        String intent = thanksOrGoodbye(understood.intent(), said);
        List<String> replies = knowledge.conversation(intent.equals(understood.intent()) ? understood.fineIntent() : intent)
                .or(() -> knowledge.conversation(intent))
                .map(Conversation::replies).orElse(List.of());
        // Until the content has replies for an intent, the help text is a sensible answer to any.
        String reply = replies.isEmpty() ? messages.text("dialog.help") : replies.get(random.nextInt(replies.size()));
        return List.of((WITH_MENU.contains(intent) ? menus.withMain(reply) : Reply.text(reply)).withKind(intent));
    }

    /**
     * A question placed on small talk while a topic is talked about, that neither thanks, says
     * goodbye nor speaks to the bot ("ну а всё-таки отчего это, не понял", "а маме про это надо
     * говорить?"), is more likely about that topic, however sure the classifier is: its small-talk intents
     * learn from short messages, and a short question without a subject looks like them.
     */
    @Override
    public boolean declines(Turn turn, Classification understood, Utterance said) {
        if (turn.session().topicId().isEmpty() || !turn.session().going() || words.saysThanks(said)
                || words.saysGoodbye(said)
                || greeting.in(said) || said.tokens().stream().anyMatch(toBot::contains)) {
            return false;
        }
        return said.raw().contains("?")
                || said.tokens().stream().limit(ASKING_WITHIN).anyMatch(asking::contains);
    }

    /** Goodbye guessed from a "пока" that means "while" ("пока болеет"), with no word of thanks or farewell. */
    @Override
    public boolean refuses(Turn turn, Classification understood, Utterance said) {
        return "goodbye".equals(understood.intent()) && words.onlyWhile(said) && !words.saysThanks(said);
    }

    /**
     * A short remark the classifier could not place that only says goodbye ("всё, отрубаюсь"),
     * thanks, or "got it" ("ок, запишемся", "добро"): answered as such, not "not my topic".
     */
    @Override
    public Optional<List<Reply>> onUnplaced(Turn turn, Classification understood, Utterance said) {
        if (said.isEmpty() || said.size() > SHORT_REMARK || said.raw().contains("?")) {
            return Optional.empty();
        }
        if (unfinished(said)) {
            // Sent on half a word: the rest is coming, so ask for it rather than say "not my topic".
            return Optional.of(List.of(Reply.text(messages.text("dialog.fallback.unfinished")).withKind("clarify")));
        }
        boolean gotIt = said.tokens().stream().allMatch(ok::contains) || acknowledgement.closes(said);
        String intent = words.saysGoodbye(said) ? "goodbye" : words.saysThanks(said) || gotIt ? "thanks" : null;
        return intent == null ? Optional.empty()
                : Optional.of(onIntent(turn, new Classification(intent, 1, Classification.OUT_OF_SCOPE, 0, null), said));
    }

    /**
     * A short message that stops mid-sentence: it ends with a word that cannot end one ("а если",
     * "у меня сын и"), or has "если" or "когда" among its last two words ("скажите если человек").
     */
    private boolean unfinished(Utterance said) {
        int last = said.size() - 1;
        if (last > 0 && finishedEnd.contains(said.token(last - 1) + " " + said.token(last))) {
            return false; // "бабушка велит обтирать, если что": an idiom ends the sentence
        }
        return unfinishedEnd.contains(said.token(last)) || last > 0 && unfinishedIf.contains(said.token(last - 1));
    }

    /**
     * Thanks and goodbye often come in one message; its words decide which it is: "спасибо,
     * доброй ночи" says goodbye, "спасибо, завтра позвоню врачу" thanks (its "завтра" is no farewell).
     */
    private String thanksOrGoodbye(String intent, Utterance said) {
        // "спасибо, на добраніч": a good night in words the classifier may take for a greeting.
        boolean thanksForGreeting = "greeting".equals(intent) && words.saysThanks(said) && !greeting.in(said);
        if (!"thanks".equals(intent) && !"goodbye".equals(intent) && !thanksForGreeting) {
            return intent;
        }
        if (words.saysGoodbye(said)) {
            return "goodbye";
        }
        // "хорошо, завтра с утра звоню": "got it" and a plan, no farewell word in it, is thanks.
        return words.saysThanks(said) || acknowledgement.closes(said) ? "thanks" : intent;
    }
}
