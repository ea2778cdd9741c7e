/** Start-up: the picocli commands, settings from the environment, and the wiring of all parts. */
package ru.sleepbot.app;
