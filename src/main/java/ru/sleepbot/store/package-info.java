/**
 * What lasts (users' settings and consents, miss counts and consented texts, the durable outbox,
 * the ids of handled updates) over JDBC on SQLite or PostgreSQL, in units of work bound to the
 * handling thread ({@link ru.sleepbot.store.Transactions}), and the lock that keeps one active
 * instance per database ({@link ru.sleepbot.store.ActiveInstanceLock}).
 */
package ru.sleepbot.store;
