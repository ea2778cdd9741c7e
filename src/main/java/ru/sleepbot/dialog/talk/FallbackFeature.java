package ru.sleepbot.dialog.talk;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Conversation;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Messages;
import ru.sleepbot.dialog.Feature;
import ru.sleepbot.dialog.Menus;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.UnderstandingPolicy;
import ru.sleepbot.nlu.Utterance;
import ru.sleepbot.store.MissLog;
import ru.sleepbot.store.UserStore;

/**
 * What the bot says when it did not understand, or the question is not about sleep: a kind
 * reply naming what it can help with and the main menu; from the second miss in a row, the
 * symptom check and the topic list too. Every miss is counted for the editors.
 */
public final class FallbackFeature implements Feature {

    /** From this many misses in a row the reply offers the check and the topic list. */
    static final int MISSES_BEFORE_OFFER = 2;

    private final KnowledgeBase knowledge;
    private final Messages messages;
    private final Menus menus;
    private final MissRecorder recorder;
    private final UnderstandingPolicy policy;
    private final RandomGenerator random;

    FallbackFeature(KnowledgeBase knowledge, Menus menus, MissRecorder recorder, UnderstandingPolicy policy,
                    RandomGenerator random) {
        this.knowledge = knowledge;
        this.messages = knowledge.messages();
        this.menus = menus;
        this.recorder = recorder;
        this.policy = policy;
        this.random = random;
    }

    /** Misses are counted in {@code misses} by hash; the text only with the user's consent. */
    public static FallbackFeature create(KnowledgeBase knowledge, Menus menus, MissLog misses, UserStore users,
                                         UnderstandingPolicy policy, RandomGenerator random) {
        return new FallbackFeature(knowledge, menus, new MissRecorder(misses, users), policy, random);
    }

    @Override
    public List<Reply> onIntent(Turn turn, Classification understood, Utterance said) {
        String text = said.raw();
        boolean sure = understood.confidence() >= policy.minConfidence();
        Optional<String> own = understood.outOfScope() || !sure ? Optional.empty() : contentReply(understood.intent());
        if (own.isPresent()) {
            // An intent whose feature is not plugged in (yet) still gets the content's own reply.
            return List.of(Reply.text(own.get()).withKind(understood.intent()));
        }
        recorder.record(turn.chat().userId(), said);
        int inARow = turn.session().countMiss();
        if (onlyLatin(text)) {
            return List.of(menus.withMain(messages.text("dialog.fallback.latin")).withKind("out_of_scope"));
        }
        if (inARow >= MISSES_BEFORE_OFFER) {
            return List.of(Reply.text(messages.text("dialog.fallback.again"))
                    .withRow(List.of(menus.checkButton(), menus.allTopicsButton())).withKind("out_of_scope"));
        }
        boolean understoodOutOfScope = understood.outOfScope() && sure;
        String reply = understoodOutOfScope
                ? contentReply(Classification.OUT_OF_SCOPE).orElseGet(() -> messages.text("dialog.fallback.out_of_scope"))
                : messages.text("dialog.fallback.unclear");
        return List.of(menus.withMain(reply).withKind("out_of_scope"));
    }

    /** One of the replies content gives for a conversation intent, if it gives any. */
    private Optional<String> contentReply(String intent) {
        List<String> replies = knowledge.conversation(intent).map(Conversation::replies).orElse(List.of());
        return replies.isEmpty() ? Optional.empty() : Optional.of(replies.get(random.nextInt(replies.size())));
    }

    /** Latin letters and no Cyrillic: most likely someone writing in another language. */
    static boolean onlyLatin(String text) {
        boolean latin = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                return false;
            }
            latin |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        return latin;
    }
}
