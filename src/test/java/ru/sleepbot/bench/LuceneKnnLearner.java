package ru.sleepbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.classification.ClassificationResult;
import org.apache.lucene.classification.KNearestNeighborClassifier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import ru.sleepbot.nlu.Classification;
import ru.sleepbot.nlu.IntentClassifier;
import ru.sleepbot.nlu.IntentLearner;
import ru.sleepbot.nlu.IntentSample;
import ru.sleepbot.nlu.Utterance;

/**
 * The peer of {@code eval --peer}: Lucene's k-nearest-neighbour classifier (lucene-classification
 * 9.12, the last line on Java 17) over the same training phrases, with Lucene's own Russian
 * analyzer (stop words, Snowball stems) and BM25. A different kind of learner from the bot's
 * maxent: it keeps every example and votes among the most similar ones. Like the bot's model it
 * learns finer intents and answers with their parent, its confidence being the parent's share of
 * the votes. Test scope only: the bot does not ship Lucene. Registered as a service, so that
 * {@code eval --peer} finds it on the test class path.
 */
public final class LuceneKnnLearner implements IntentLearner {

    /** Neighbours that vote; 10 scored best of 5, 10 and 20 on the dev set's calib rows. */
    static final int K = 10;
    private static final String TEXT = "text";
    private static final String INTENT = "intent";

    @Override
    public String name() {
        return "Lucene 9.12 kNN k=" + K + " (RussianAnalyzer, BM25)";
    }

    @Override
    public IntentClassifier train(List<IntentSample> samples) {
        Map<String, String> parents = new HashMap<>();
        Analyzer analyzer = new RussianAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (IntentSample sample : samples) {
                parents.put(sample.intent(), sample.parent());
                Document doc = new Document();
                doc.add(new TextField(TEXT, sample.text(), Field.Store.NO));
                doc.add(new StringField(INTENT, sample.intent(), Field.Store.YES));
                writer.addDocument(doc);
            }
            writer.commit();
            KNearestNeighborClassifier knn = new KNearestNeighborClassifier(DirectoryReader.open(directory),
                    new BM25Similarity(), analyzer, null, K, 1, 1, INTENT, TEXT);
            return new Knn(knn, parents);
        } catch (IOException e) {
            throw new UncheckedIOException("building the Lucene index failed", e);
        }
    }

    private static final class Knn implements IntentClassifier {

        private final KNearestNeighborClassifier knn;
        private final Map<String, String> parents;

        Knn(KNearestNeighborClassifier knn, Map<String, String> parents) {
            this.knn = knn;
            this.parents = parents;
        }

        @Override
        public synchronized Classification classify(Utterance utterance) {
            List<ClassificationResult<BytesRef>> votes;
            try {
                votes = utterance.raw().isBlank() ? List.of() : knn.getClasses(utterance.raw());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (votes == null || votes.isEmpty()) {
                return new Classification(Classification.OUT_OF_SCOPE, 1, Classification.OUT_OF_SCOPE, 0,
                        Classification.OUT_OF_SCOPE);
            }
            Map<String, Double> byParent = new HashMap<>();
            Map<String, Double> bestFine = new HashMap<>();
            Map<String, String> fineOf = new HashMap<>();
            double total = 0;
            for (ClassificationResult<BytesRef> vote : votes) {
                String fine = vote.getAssignedClass().utf8ToString();
                String parent = parents.getOrDefault(fine, fine);
                double score = Math.max(0, vote.getScore());
                total += score;
                byParent.merge(parent, score, Double::sum);
                if (score > bestFine.getOrDefault(parent, -1.0)) {
                    bestFine.put(parent, score);
                    fineOf.put(parent, fine);
                }
            }
            String best = null;
            String second = Classification.OUT_OF_SCOPE;
            for (Map.Entry<String, Double> e : byParent.entrySet()) {
                if (best == null || e.getValue() > byParent.get(best)
                        || e.getValue().equals(byParent.get(best)) && e.getKey().compareTo(best) < 0) {
                    best = e.getKey();
                }
            }
            double secondScore = 0;
            for (Map.Entry<String, Double> e : byParent.entrySet()) {
                if (!e.getKey().equals(best) && e.getValue() > secondScore) {
                    second = e.getKey();
                    secondScore = e.getValue();
                }
            }
            double norm = total > 0 ? total : 1;
            return new Classification(best, byParent.get(best) / norm, second, secondScore / norm, fineOf.get(best));
        }
    }
}
