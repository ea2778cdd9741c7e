/**
 * The dialog engine behind every channel and the interface its features implement. The engine
 * reads a message once ({@code nlu.Utterance}), runs triage, routes a command, button (typed
 * {@code chat.ButtonData}), open flow, plain-word request or follow-up to the feature that owns it,
 * and otherwise understands the message with the classifier and the one
 * {@code nlu.UnderstandingPolicy}. Per-chat state is a serialisable {@link ru.sleepbot.dialog.Session}
 * behind a {@link ru.sleepbot.dialog.SessionStore}, one update at a time per chat by a
 * {@link ru.sleepbot.dialog.ChatLock}. Features live in the sub-packages (answer, check, routine,
 * reminder, account, talk) and are wired by {@code dialog.assembly}; this package never imports them.
 * It sees only {@code chat} records, never a channel's types.
 */
package ru.sleepbot.dialog;
