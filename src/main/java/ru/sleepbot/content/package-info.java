/**
 * The editors' content from {@code intents/}: topics with their training examples and answers,
 * conversation intents, evening routines, every other text the bot says and the words it
 * recognises in short messages ({@link ru.sleepbot.content.Lexicon}).
 */
package ru.sleepbot.content;
