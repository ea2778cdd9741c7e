package ru.sleepbot.dialog.assembly;

import java.time.Clock;
import java.util.Objects;
import ru.sleepbot.chat.Outbox;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.dialog.SessionSettings;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.UnderstandingPolicy;
import ru.sleepbot.safety.Triage;
import ru.sleepbot.store.MissLog;
import ru.sleepbot.store.UserStore;
import ru.sleepbot.store.diary.DiaryStore;
import ru.sleepbot.store.prompt.PromptStore;
import ru.sleepbot.time.Scheduler;

/** Everything the dialog needs from outside, handed in by the application's wiring. */
public record DialogDependencies(
        KnowledgeBase knowledge,
        IntentClassifier classifier,
        UnderstandingPolicy policy,
        Triage triage,
        UserStore users,
        DiaryStore diary,
        PromptStore prompts,
        MissLog misses,
        Outbox outbox,
        Scheduler scheduler,
        Clock clock,
        SessionSettings sessions) {

    public DialogDependencies {
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(triage, "triage");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(diary, "diary");
        Objects.requireNonNull(prompts, "prompts");
        Objects.requireNonNull(misses, "misses");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sessions, "sessions");
    }
}
