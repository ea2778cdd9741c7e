package ru.sleepbot.dialog.routine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.sleepbot.chat.ButtonData;
import ru.sleepbot.chat.Reply;
import ru.sleepbot.content.KnowledgeBase;
import ru.sleepbot.content.Routine;
import ru.sleepbot.routine.Progress;
import ru.sleepbot.store.UserSettings;
import ru.sleepbot.store.UserStore;

/**
 * What lasts beyond one routine, kept in the store: the favourite (listed first, and offered first
 * by the evening reminder) and how the user felt after the last routine.
 */
final class RoutineChoices {

    private final KnowledgeBase knowledge;
    private final UserStore users;
    private final RoutineReplies replies;

    RoutineChoices(KnowledgeBase knowledge, UserStore users, RoutineReplies replies) {
        this.knowledge = knowledge;
        this.users = users;
        this.replies = replies;
    }

    Optional<Routine> routine(String id) {
        return knowledge.routine(id);
    }

    /** Every routine, the user's favourite first; {@code paused} adds the way back to it. */
    Reply list(long chatId, Optional<Progress> paused) {
        Optional<String> favourite = users.find(chatId).map(UserSettings::favouriteRoutine);
        List<Routine> ordered = new ArrayList<>(knowledge.routines());
        favourite.flatMap(knowledge::routine).ifPresent(f -> {
            ordered.remove(f);
            ordered.add(0, f);
        });
        return replies.list(ordered, favourite, paused);
    }

    /** Keeps the 1..5 score; empty when the routine is unknown (data from an older bot). */
    Optional<Reply> feel(long chatId, ButtonData.RoutineFeel feel) {
        return knowledge.routine(feel.routineId()).map(routine -> {
            UserSettings stored = users.update(chatId, s -> s.withLastFeeling(feel.score()));
            return replies.feeling(routine, feel.score(), routine.id().equals(stored.favouriteRoutine()));
        });
    }

    /** Makes the routine the favourite; empty when it is unknown. */
    Optional<Reply> favourite(long chatId, String routineId) {
        return knowledge.routine(routineId).map(routine -> {
            users.update(chatId, s -> s.withFavouriteRoutine(routine.id()));
            return replies.favouriteSet(routine);
        });
    }
}
