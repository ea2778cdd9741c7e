package ru.sleepbot.store;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** A {@link UserStore} in a map, for tests of the parts above the store. */
public final class InMemoryUserStore implements UserStore {

    private final Map<Long, UserSettings> rows = new ConcurrentHashMap<>();
    private final ZoneId defaultZone;
    private final java.util.List<java.util.function.LongConsumer> others = new java.util.concurrent.CopyOnWriteArrayList<>();

    public InMemoryUserStore(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    @Override
    public Optional<UserSettings> find(long chatId) {
        return Optional.ofNullable(rows.get(chatId));
    }

    @Override
    public UserSettings update(long chatId, UnaryOperator<UserSettings> change) {
        UserSettings[] result = new UserSettings[1];
        rows.compute(chatId, (id, old) -> {
            UserSettings before = old == null ? UserSettings.defaults(id, defaultZone) : old;
            result[0] = change.apply(before);
            // Like the JDBC store: a change that changes nothing creates no row.
            return old == null && result[0].equals(before) ? null : result[0];
        });
        return result[0];
    }

    /**
     * Makes {@link #forget} also empty another in-memory store of the person's rows, as the database
     * does for every table that names the person.
     */
    public InMemoryUserStore alsoForgets(java.util.function.LongConsumer other) {
        others.add(other);
        return this;
    }

    @Override
    public boolean forget(long chatId) {
        others.forEach(other -> other.accept(chatId));
        return rows.remove(chatId) != null;
    }
}
