package ru.sleepbot.dialog.assembly;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Messages;
import ru.sleepbot.dialog.CaffeineSessionStore;
import ru.sleepbot.dialog.DialogEngine;
import ru.sleepbot.dialog.Feature;
import ru.sleepbot.dialog.Menus;
import ru.sleepbot.dialog.StripedChatLock;
import ru.sleepbot.dialog.YesNo;
import ru.sleepbot.dialog.account.PrivacyFeature;
import ru.sleepbot.dialog.answer.AnswerFeature;
import ru.sleepbot.dialog.check.CheckFeature;
import ru.sleepbot.dialog.emergency.AlarmLinks;
import ru.sleepbot.dialog.emergency.EmergencyGuard;
import ru.sleepbot.dialog.reminder.ReminderFeature;
import ru.sleepbot.dialog.routine.RoutineFeature;
import ru.sleepbot.dialog.talk.FallbackFeature;
import ru.sleepbot.dialog.talk.MenuFeature;
import ru.sleepbot.dialog.talk.SmallTalkFeature;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.safety.SafetyReplies;

/**
 * Builds the dialog engine with all its features: the one place that knows every feature package
 * (the engine itself knows only the {@link Feature} interface), so dependencies stay one-way.
 */
public final class Dialogs {

    /** The command menu is content: {@code telegram.commands.<name>} in intents/messages/telegram.yaml. */
    static final String COMMAND_PREFIX = "telegram.commands.";

    private Dialogs() {
    }

    public static DialogEngine create(DialogDependencies deps) {
        // java.util.Random is thread-safe; the variety of small talk needs nothing stronger.
        return create(deps, new Random());
    }

    public static DialogEngine create(DialogDependencies deps, RandomGenerator random) {
        KnowledgeBase knowledge = deps.knowledge();
        Messages messages = knowledge.messages();
        RussianAnalyzer analyzer = new RussianAnalyzer(new TextNormalizer());
        Menus menus = new Menus(knowledge);

        List<Feature> peers = new ArrayList<>();
        peers.add(AnswerFeature.create(knowledge, menus, analyzer, deps.policy()));
        peers.add(CheckFeature.create(knowledge, menus, analyzer, deps.classifier(), deps.policy()));
        peers.add(new SmallTalkFeature(knowledge, menus, random));
        peers.add(RoutineFeature.create(knowledge, deps.users(), deps.scheduler(), deps.clock(), deps.outbox(),
                deps.sessions().idleExpiry()));
        peers.add(ReminderFeature.create(knowledge, deps.users(), deps.clock(), analyzer));

        List<Feature> features = new ArrayList<>(peers);
        features.add(new MenuFeature(messages, menus, peers, knowledge.lexicon()));
        features.add(new PrivacyFeature(messages, deps.users(), new YesNo(analyzer, knowledge.lexicon()), peers,
                knowledge.lexicon()));
        Feature fallback = FallbackFeature.create(knowledge, menus, deps.misses(), deps.users(), deps.policy(), random);
        DialogEngine engine = new DialogEngine(new DialogEngine.Parts(deps.classifier(), deps.policy(), analyzer,
                new EmergencyGuard(deps.triage(), new SafetyReplies(messages), new AlarmLinks(knowledge),
                        EmergencyGuard.DEFAULT_HOLD),
                messages, menus, deps.clock(), new CaffeineSessionStore(deps.sessions(), deps.clock()),
                new StripedChatLock(), features, fallback));
        checkCommandsDeclared(engine.commands(), messages);
        return engine;
    }

    /**
     * Commands are declared once, in content (with their descriptions for Telegram's menu): every
     * command a feature answers must be declared there, and every declared one must be answered.
     */
    static void checkCommandsDeclared(Set<String> answered, Messages messages) {
        Set<String> declared = new HashSet<>();
        messages.keys().stream().filter(k -> k.startsWith(COMMAND_PREFIX))
                .forEach(k -> declared.add(k.substring(COMMAND_PREFIX.length())));
        if (!declared.equals(answered)) {
            throw new IllegalStateException("commands declared in content " + declared
                    + " differ from those the features answer " + answered);
        }
    }
}
