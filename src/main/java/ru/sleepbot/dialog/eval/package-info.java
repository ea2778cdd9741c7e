/**
 * Conversations as evidence: multi-turn chats written blind, each turn with the kinds of reply that
 * would be right, played through a dialog and scored by the kinds of the replies it got
 * ({@code eval --dialogs}, {@code ConversationsTest}).
 */
package ru.sleepbot.dialog.eval;
