package ru.sleepbot.nlu.opennlp;

/** The OpenNLP learners the intent model can be trained with; {@code eval} compares them. */
public enum Algorithm {
    /** Maximum entropy trained by generalized iterative scaling. */
    MAXENT("MAXENT"),
    /** Maximum entropy trained by L-BFGS with L1/L2 regularization. */
    MAXENT_QN("MAXENT_QN"),
    NAIVE_BAYES("NAIVEBAYES"),
    PERCEPTRON("PERCEPTRON");

    private final String openNlpName;

    Algorithm(String openNlpName) {
        this.openNlpName = openNlpName;
    }

    /** The value of OpenNLP's {@code Algorithm} training parameter. */
    public String openNlpName() {
        return openNlpName;
    }
}
