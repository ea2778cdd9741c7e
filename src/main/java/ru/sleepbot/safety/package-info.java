/**
 * Triage: every free-text message is checked here for warning signs before anything else reads
 * it. The signs, their word patterns and the replies are content ({@code intents/safety/},
 * {@code intents/messages/safety.yaml}); a warning never depends on a classifier's probability.
 */
package ru.sleepbot.safety;
