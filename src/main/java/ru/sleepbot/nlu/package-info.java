/**
 * Understanding Russian messages, independent of any learner: the {@link ru.sleepbot.nlu.Utterance}
 * read once per message (normalized text, tokens, Snowball stems) and cut into
 * {@link ru.sleepbot.nlu.Sentence}s; the {@link ru.sleepbot.nlu.IntentClassifier} the dialog asks;
 * {@link ru.sleepbot.nlu.Calibration} of its confidences and the {@link ru.sleepbot.nlu.UnderstandingPolicy}
 * that turns them into answer, clarify or abstain ({@link ru.sleepbot.nlu.NluSettings} holds the
 * numbers); and the {@link ru.sleepbot.nlu.IntentEvaluator}, which measures any
 * {@link ru.sleepbot.nlu.IntentLearner} on {@link ru.sleepbot.nlu.IntentSample}s ({@code eval}).
 *
 * <p>The bot's own learner, on OpenNLP, lives in {@code nlu.opennlp}; a peer for comparison lives
 * in test scope. Pipeline of the bot's classifier: {@link ru.sleepbot.nlu.TextNormalizer} → tokens
 * and stems → sentences weighed → weighted features → maxent → finer intents summed into their
 * taxonomy id → calibration → policy.
 */
package ru.sleepbot.nlu;
