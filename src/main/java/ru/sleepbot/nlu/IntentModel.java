package ru.sleepbot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.ObjectStreamUtils;
import ru.sleepbot.content.IntentExample;

/**
 * An OpenNLP document categorizer trained on the content's examples. It is trained on the finer
 * intents and answers with taxonomy ids, summing the probabilities of a parent's finer intents.
 * Immutable and thread-safe once trained.
 */
public final class IntentModel {

    /** Longer messages are cut here: it bounds the work per message, and a story's topic shows early. */
    static final int MAX_TOKENS = 400;

    private final RussianAnalyzer analyzer;
    private final Terms terms;
    private final DocumentCategorizerME categorizer;
    /** Per model outcome index: the taxonomy id, and that id's index in {@link #taxonomyIds}. */
    private final int[] parentOf;
    private final String[] fineIds;
    private final String[] taxonomyIds;

    private IntentModel(RussianAnalyzer analyzer, DoccatModel model, Map<String, String> parents) {
        this.analyzer = analyzer;
        this.terms = new Terms(analyzer);
        this.categorizer = new DocumentCategorizerME(model);
        int outcomes = categorizer.getNumberOfCategories();
        this.fineIds = new String[outcomes];
        List<String> taxonomy = new ArrayList<>();
        this.parentOf = new int[outcomes];
        for (int i = 0; i < outcomes; i++) {
            fineIds[i] = categorizer.getCategory(i);
            String parent = parents.get(fineIds[i]);
            if (!taxonomy.contains(parent)) {
                taxonomy.add(parent);
            }
            parentOf[i] = taxonomy.indexOf(parent);
        }
        this.taxonomyIds = taxonomy.toArray(String[]::new);
    }

    /** Trains on the examples in the order given (so the same content gives the same model). */
    public static IntentModel train(List<IntentExample> examples, TrainingOptions options) {
        Objects.requireNonNull(options, "options");
        RussianAnalyzer analyzer = new RussianAnalyzer(new TextNormalizer());
        Terms terms = new Terms(analyzer);
        Map<String, String> parents = new LinkedHashMap<>();
        List<DocumentSample> samples = new ArrayList<>(examples.size());
        for (IntentExample example : examples) {
            String known = parents.putIfAbsent(example.intent(), example.taxonomyId());
            if (known != null && !known.equals(example.taxonomyId())) {
                throw new IllegalArgumentException("intent " + example.intent() + " has two parents: "
                        + known + " and " + example.taxonomyId());
            }
            String[] tokens = tokens(analyzer, example.text());
            if (tokens.length > 0) {
                samples.add(new DocumentSample(example.intent(), tokens, Map.of(Terms.KEY, terms.of(tokens))));
            }
        }
        if (parents.size() < 2) {
            throw new IllegalArgumentException("need examples of at least two intents, got " + parents.keySet());
        }
        IntentFeatures.allowReflectiveLoading();
        try {
            DoccatModel model = DocumentCategorizerME.train("ru", ObjectStreamUtils.createObjectStream(samples),
                    options.parameters(), new IntentFeatures());
            return new IntentModel(analyzer, model, parents);
        } catch (IOException e) {
            throw new UncheckedIOException("training the intent model failed", e);
        }
    }

    /** The classifier the bot uses: this model's raw ranking. */
    public IntentClassifier classifier() {
        return new ModelIntentClassifier(this);
    }

    /** The taxonomy ids this model can answer with. */
    public List<String> intents() {
        return List.of(taxonomyIds);
    }

    /** The model's raw ranking of a message, before the out_of_scope threshold. */
    Ranking rank(String text) {
        return rank(analyzer.analyze(text == null ? "" : text));
    }

    /** The ranking of a message already read; its stems are reused, not computed again. */
    Ranking rank(Utterance utterance) {
        if (utterance.isEmpty()) {
            return Ranking.NOTHING;
        }
        int size = Math.min(utterance.size(), MAX_TOKENS);
        String[] tokens = utterance.tokens().subList(0, size).toArray(String[]::new);
        String[] stems = utterance.stems().subList(0, size).toArray(String[]::new);
        double[] fine = categorizer.categorize(tokens, Map.of(Terms.KEY, Terms.fromStems(tokens, stems)));
        double[] summed = new double[taxonomyIds.length];
        for (int i = 0; i < fine.length; i++) {
            summed[parentOf[i]] += fine[i];
        }
        int best = 0;
        int second = -1;
        for (int i = 1; i < summed.length; i++) {
            if (summed[i] > summed[best]) {
                second = best;
                best = i;
            } else if (second < 0 || summed[i] > summed[second]) {
                second = i;
            }
        }
        int bestFine = -1;
        for (int i = 0; i < fine.length; i++) {
            if (parentOf[i] == best && (bestFine < 0 || fine[i] > fine[bestFine])) {
                bestFine = i;
            }
        }
        return new Ranking(taxonomyIds[best], summed[best], taxonomyIds[second], summed[second], fineIds[bestFine]);
    }

    private static String[] tokens(RussianAnalyzer analyzer, String text) {
        String[] tokens = analyzer.tokens(text == null ? "" : text);
        return tokens.length > MAX_TOKENS ? Arrays.copyOf(tokens, MAX_TOKENS) : tokens;
    }
}
