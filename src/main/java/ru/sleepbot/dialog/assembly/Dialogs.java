package ru.sleepbot.dialog.assembly;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.LongConsumer;
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
import ru.sleepbot.dialog.diary.DiaryFeature;
import ru.sleepbot.dialog.emergency.AlarmLinks;
import ru.sleepbot.dialog.emergency.EmergencyExit;
import ru.sleepbot.dialog.emergency.EmergencyGuard;
import ru.sleepbot.dialog.reminder.ReminderFeature;
import ru.sleepbot.dialog.routine.RoutineFeature;
import ru.sleepbot.dialog.talk.FallbackFeature;
import ru.sleepbot.dialog.talk.MenuFeature;
import ru.sleepbot.dialog.talk.SmallTalkFeature;
import ru.sleepbot.nlu.RussianAnalyzer;
import ru.sleepbot.nlu.TextNormalizer;
import ru.sleepbot.reminder.PromptWriter;
import ru.sleepbot.safety.SafetyReplies;
import ru.sleepbot.store.UserStore;
import ru.sleepbot.store.diary.DiaryStore;
import ru.sleepbot.store.prompt.PromptStore;

/**
 * Builds the dialog engine with all its features: the one place that knows every feature package
 * (the engine itself knows only the {@link Feature} interface), so dependencies stay one-way.
 */
public final class Dialogs {

    /** The command menu is content: {@code telegram.commands.<name>} in intents/messages/telegram.yaml. */
    static final String COMMAND_PREFIX = "telegram.commands.";

    private Dialogs() {
    }

    /** The dialog engine, and the writer of the diary's morning and weekly prompts for the reminder service. */
    public record Assembly(DialogEngine engine, PromptWriter diaryPrompts) {
    }

    public static DialogEngine create(DialogDependencies deps) {
        return assemble(deps).engine();
    }

    public static DialogEngine create(DialogDependencies deps, RandomGenerator random) {
        return assemble(deps, random).engine();
    }

    public static Assembly assemble(DialogDependencies deps) {
        // java.util.Random is thread-safe; the variety of small talk needs nothing stronger.
        return assemble(deps, new Random());
    }

    public static Assembly assemble(DialogDependencies deps, RandomGenerator random) {
        KnowledgeBase knowledge = deps.knowledge();
        Messages messages = knowledge.messages();
        RussianAnalyzer analyzer = new RussianAnalyzer(new TextNormalizer());
        Menus menus = new Menus(knowledge);
        SafetyReplies safety = new SafetyReplies(messages);
        AlarmLinks links = new AlarmLinks(knowledge);

        // The diary comes first: its requests ("покажи мой сон за неделю") are specific, and the user
        // store it hands out moves its prompts along when another feature changes the time zone.
        DiaryFeature.Parts diary = diary(deps, random, safety, links);
        UserStore users = diary.users();
        List<Feature> peers = new ArrayList<>();
        peers.add(diary.feature());
        peers.add(CheckFeature.create(knowledge, menus, analyzer, deps.classifier(), deps.policy(), diary.journal()));
        peers.add(new SmallTalkFeature(knowledge, menus, random));
        peers.add(RoutineFeature.create(knowledge, users, deps.scheduler(), deps.clock(), deps.outbox(),
                deps.sessions().idleExpiry(), diary.journal()));
        peers.add(ReminderFeature.create(knowledge, users, deps.clock(), analyzer));
        // Answers come after the features with words of their own: "дальше" takes up a routine put
        // aside, "спасибо, помогло" is thanks; only then is a short message read as a follow-up.
        peers.add(AnswerFeature.create(knowledge, menus, analyzer, deps.policy()));

        List<Feature> features = new ArrayList<>(peers);
        features.add(new MenuFeature(messages, menus, peers, knowledge.lexicon()));
        features.add(new PrivacyFeature(messages, users, new YesNo(analyzer, knowledge.lexicon()), peers,
                knowledge.lexicon()));
        // Emergency mode lets past what is clearly something else: a feature asked for by words, a sure question.
        EmergencyExit exit = new EmergencyExit(knowledge, analyzer,
                said -> deps.policy().decide(deps.classifier().classify(said)),
                said -> features.stream().anyMatch(f -> f.asksFor(said)));
        Feature fallback = FallbackFeature.create(knowledge, menus, deps.misses(), users, deps.policy(), random);
        DialogEngine engine = new DialogEngine(new DialogEngine.Parts(deps.classifier(), deps.policy(), analyzer,
                new EmergencyGuard(deps.triage(), safety, links, EmergencyGuard.DEFAULT_HOLD, exit),
                messages, menus, deps.clock(), new CaffeineSessionStore(deps.sessions(), deps.clock()),
                new StripedChatLock(), features, fallback));
        checkCommandsDeclared(engine.commands(), messages);
        return new Assembly(engine, diary.prompts());
    }

    /**
     * What a 403 (the user blocked the bot) does to the diary: it stops, like the evening reminder,
     * and its morning and weekly prompts with it; what it recorded stays until /forget.
     */
    public static LongConsumer diaryOffWhenBlocked(DiaryStore diary, PromptStore prompts) {
        return DiaryFeature.offWhenBlocked(diary, prompts);
    }

    /** The diary; an alarm told as a diary answer gets the very reply the guard gives it everywhere else. */
    private static DiaryFeature.Parts diary(DialogDependencies deps, RandomGenerator random, SafetyReplies safety,
                                            AlarmLinks links) {
        return DiaryFeature.assemble(deps.knowledge(),
                new DiaryFeature.Stores(deps.users(), deps.diary(), deps.prompts(), deps.misses()),
                alarm -> links.linked(safety.alarm(alarm), alarm.sign()), deps.clock(), random);
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
