/**
 * Understanding Russian messages: normalization, tokens and Snowball stems, OpenNLP features and
 * the intent classifier trained on the examples in {@code intents/}.
 */
package ru.sleepbot.nlu;
