/** What lasts about a user (reminder time, zone, favourite routine, consents), over JDBC. */
package ru.sleepbot.store;
