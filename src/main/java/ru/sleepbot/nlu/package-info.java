/**
 * Understanding Russian messages: normalization, tokens and Snowball stems, OpenNLP features and
 * the intent classifier trained on the examples in {@code intents/}.
 *
 * <p>Pipeline: {@link ru.sleepbot.nlu.TextNormalizer} → OpenNLP whitespace tokens →
 * {@link ru.sleepbot.nlu.IntentFeatures} (stems, stem bigrams, character 3-grams, bias) →
 * OpenNLP {@code DocumentCategorizerME} → {@link ru.sleepbot.nlu.IntentModel} sums finer intents
 * into their taxonomy id → the out_of_scope threshold of {@link ru.sleepbot.nlu.NluSettings}.
 * {@link ru.sleepbot.nlu.IntentEvaluator} measures all of it ({@code eval}).
 *
 * <p>The feature generators and their factory are public with no-argument constructors only
 * because OpenNLP re-creates them by class name when it builds a model; nothing else should use
 * them directly.
 */
package ru.sleepbot.nlu;
