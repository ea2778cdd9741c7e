/** The channel-neutral message model: what a user did and what the bot says back. */
package ru.sleepbot.chat;
