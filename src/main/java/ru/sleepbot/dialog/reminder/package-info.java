/**
 * The evening reminder and the time zone, by command, by button and by plain words: a time (24-hour
 * times kept as written, a bare evening hour read as evening), a city in any case form or with a
 * typo ({@code intents/places/cities.yaml}), an offset ("мск+4"), pauses for some evenings, stop,
 * resume and what is set. Each change is one atomic store update.
 */
package ru.sleepbot.dialog.reminder;
