package ru.sleepbot.dialog.diary;

import java.util.Optional;
import java.util.function.UnaryOperator;
import ru.sleepbot.store.UserSettings;
import ru.sleepbot.store.UserStore;
import ru.sleepbot.store.prompt.PromptStore;

/**
 * The user store as the dialog's features see it: when a change moves the user to another time
 * zone (/timezone, "я в Новосибирске"), the diary's prompts follow, so that the morning question
 * keeps coming at the same local time as the evening reminder's zone says.
 */
final class ZoneFollowingUsers implements UserStore {

    private final UserStore users;
    private final PromptStore prompts;

    ZoneFollowingUsers(UserStore users, PromptStore prompts) {
        this.users = users;
        this.prompts = prompts;
    }

    @Override
    public Optional<UserSettings> find(long chatId) {
        return users.find(chatId);
    }

    @Override
    public UserSettings update(long chatId, UnaryOperator<UserSettings> change) {
        Optional<UserSettings> before = users.find(chatId);
        UserSettings after = users.update(chatId, change);
        if (before.isEmpty() || !before.get().zone().equals(after.zone())) {
            prompts.rezone(chatId, after.zone());
        }
        return after;
    }

    @Override
    public boolean forget(long chatId) {
        return users.forget(chatId);
    }
}
