/**
 * The bot's own intent learner on OpenNLP's maxent: how a message becomes weighted features
 * ({@link ru.sleepbot.nlu.opennlp.MessageFeatures}: sentences weighed by what they do, stems, stem
 * bigrams, character 3-grams and the content's concepts), the trained
 * {@link ru.sleepbot.nlu.opennlp.IntentModel} (L-BFGS maxent with naive Bayes over the same features
 * blended in, {@link ru.sleepbot.nlu.opennlp.BayesBlend}), its training options, and the
 * {@link ru.sleepbot.nlu.opennlp.ModelFile} the build writes so that the bot loads a model instead
 * of training one at start. OpenNLP trains both models; the bot evaluates them from flat tables
 * with the same numbers ({@link ru.sleepbot.nlu.opennlp.MaxentTable},
 * {@link ru.sleepbot.nlu.opennlp.BayesTable}) indexed by one
 * {@link ru.sleepbot.nlu.opennlp.FeatureIndex}, so that a message looks each feature up once, as an
 * id, without making a string for it. Nothing outside {@code nlu} sees more than
 * {@link ru.sleepbot.nlu.opennlp.OpenNlpLearner}, {@code IntentModel} and {@code ModelFile}: the
 * dialog knows only {@link ru.sleepbot.nlu.IntentClassifier}.
 */
package ru.sleepbot.nlu.opennlp;
