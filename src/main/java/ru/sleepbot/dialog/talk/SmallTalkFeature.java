package ru.sleepbot.dialog.talk;

import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.Conversation;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Messages;
import ru.sleepbot.dialog.Feature;
import ru.sleepbot.dialog.Menus;
import ru.sleepbot.dialog.Phrases;
import ru.sleepbot.dialog.Turn;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.Utterance;

/**
 * Greeting, thanks, goodbye ("спокойной ночи" gets a warm good night) and "what can you do":
 * one of the replies the content gives for the intent, varied; greeting and help add the menu.
 */
public final class SmallTalkFeature implements Feature {

    static final Set<String> WITH_MENU = Set.of("greeting", "help");

    private final KnowledgeBase knowledge;
    private final Messages messages;
    private final Menus menus;
    private final RandomGenerator random;
    private final Phrases thanks;
    private final Phrases farewell;

    public SmallTalkFeature(KnowledgeBase knowledge, Menus menus, RandomGenerator random) {
        this.knowledge = knowledge;
        this.messages = knowledge.messages();
        this.menus = menus;
        this.random = random;
        this.thanks = new Phrases(knowledge.lexicon().words("talk.thanks"));
        this.farewell = new Phrases(knowledge.lexicon().words("talk.farewell"));
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
     * Thanks and goodbye often come in one message; its words decide which it is: "спасибо,
     * доброй ночи" says goodbye, "спасибо, завтра позвоню врачу" thanks (its "завтра" is no farewell).
     */
    private String thanksOrGoodbye(String intent, Utterance said) {
        if (!"thanks".equals(intent) && !"goodbye".equals(intent)) {
            return intent;
        }
        if (farewell.in(said)) {
            return "goodbye";
        }
        return thanks.in(said) ? "thanks" : intent;
    }
}
