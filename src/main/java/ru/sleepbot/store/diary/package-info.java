/** What the sleep diary keeps: its settings, nights, routines, warning signs and last check, as values and the store's interface. */
package ru.sleepbot.store.diary;
