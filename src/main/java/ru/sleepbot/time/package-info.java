/** Injected time: a scheduler interface so that tests move a fake clock instead of sleeping. */
package ru.sleepbot.time;
