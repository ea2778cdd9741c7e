/**
 * The editors' content from {@code intents/}: topics with their training examples and answers,
 * conversation intents, evening routines and every other text the bot says.
 */
package ru.sleepbot.content;
