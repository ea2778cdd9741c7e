package ru.sleepbot.app;

import java.util.Optional;
import java.util.ServiceLoader;
import ru.sleepbot.nlu.IntentLearner;

/**
 * Finds the peer learner of {@code eval --peer}. It lives in test scope with the benchmarks (it
 * needs Lucene, which the bot does not ship), registered as a service; the production jar has none.
 */
final class PeerLearners {

    /** The one command that runs the comparison, from the repository root. */
    static final String COMMAND = "mvn -B -q -DskipTests package exec:exec "
            + "-Dbench=\"eval --data src/test/resources/nlu/dev-real.tsv --peer\"";

    private PeerLearners() {
    }

    static Optional<IntentLearner> find() {
        return ServiceLoader.load(IntentLearner.class).findFirst();
    }
}
