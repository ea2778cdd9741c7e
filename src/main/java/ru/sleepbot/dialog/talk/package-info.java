/**
 * Small talk and the ways around: greetings, thanks, good night, "what can you do", /start, /menu,
 * /topics, /cancel, and the kind fallback for what the bot did not understand or is not its topic
 * (every miss counted by hash for the editors).
 */
package ru.sleepbot.dialog.talk;
