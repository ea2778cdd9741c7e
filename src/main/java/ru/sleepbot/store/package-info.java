/**
 * What lasts (users' settings and consents, miss counts and consented texts, the durable outbox,
 * the ids of handled updates, the sleep diary and the prompts of several kinds, whose values and
 * interfaces live in {@code store.diary} and {@code store.prompt}) over JDBC on SQLite or
 * PostgreSQL, in units of work bound to the handling thread ({@link ru.sleepbot.store.Transactions}),
 * and the lock that keeps one active instance per database ({@link ru.sleepbot.store.ActiveInstanceLock}).
 */
package ru.sleepbot.store;
