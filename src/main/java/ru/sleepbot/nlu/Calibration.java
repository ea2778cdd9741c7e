package ru.sleepbot.nlu;

import java.util.List;

/**
 * Platt scaling of the top intent's confidence: {@code p' = 1 / (1 + exp(-(slope * logit(p) + intercept)))},
 * so that a confidence of 0.8 is right about 80 % of the time. It acts on the confidence the
 * classifier gives its best (and runner-up) intent, the one the bot's thresholds read, and it is
 * monotone, so the ranking of intents never changes. {@link #IDENTITY} leaves confidences alone.
 */
public record Calibration(double slope, double intercept) {

    public static final Calibration IDENTITY = new Calibration(1, 0);

    /** Confidences this close to 0 or 1 are clamped, so that logit stays finite. */
    private static final double EDGE = 1e-6;
    /** Weight of the pull towards the identity: worth about one message. */
    private static final double PRIOR = 1.0;

    public Calibration {
        if (!(slope > 0) || !Double.isFinite(slope) || !Double.isFinite(intercept)) {
            throw new IllegalArgumentException("calibration needs a positive slope and a finite intercept: "
                    + slope + ", " + intercept);
        }
    }

    public double apply(double confidence) {
        double p = Math.min(1 - EDGE, Math.max(EDGE, confidence));
        return 1 / (1 + Math.exp(-(slope * Math.log(p / (1 - p)) + intercept)));
    }

    /** The same classification with both confidences calibrated. */
    public Classification apply(Classification raw) {
        return new Classification(raw.intent(), apply(raw.confidence()), raw.runnerUp(),
                apply(raw.runnerUpConfidence()), raw.fineIntent());
    }

    /** A classifier that calibrates what {@code raw} says. */
    public IntentClassifier applyTo(IntentClassifier raw) {
        return this.equals(IDENTITY) ? raw : utterance -> apply(raw.classify(utterance));
    }

    /**
     * Fits slope and intercept by maximum likelihood (Newton's method) on confidences and whether
     * the answer was right, with Platt's smoothed targets so that a small set with no errors in a
     * bin does not push confidences to exactly 0 or 1, and a weak pull towards the identity.
     * Fewer than 20 points give {@link #IDENTITY}.
     */
    public static Calibration fit(List<Double> confidences, List<Boolean> right) {
        int n = confidences.size();
        if (n != right.size()) {
            throw new IllegalArgumentException(n + " confidences but " + right.size() + " outcomes");
        }
        if (n < 20) {
            return IDENTITY;
        }
        long positives = right.stream().filter(r -> r).count();
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (n - positives + 2.0);
        double a = 1;
        double b = 0;
        for (int iteration = 0; iteration < 100; iteration++) {
            // A weak pull towards the identity keeps the fit defined when all confidences are equal.
            double ga = PRIOR * (a - 1);
            double gb = PRIOR * b;
            double haa = PRIOR;
            double hab = 0;
            double hbb = PRIOR;
            for (int i = 0; i < n; i++) {
                double p = Math.min(1 - EDGE, Math.max(EDGE, confidences.get(i)));
                double x = Math.log(p / (1 - p));
                double q = 1 / (1 + Math.exp(-(a * x + b)));
                double t = right.get(i) ? hi : lo;
                double w = q * (1 - q);
                ga += (q - t) * x;
                gb += q - t;
                haa += w * x * x;
                hab += w * x;
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-10) {
                break;
            }
        }
        return a > 0 && Double.isFinite(a) && Double.isFinite(b) ? new Calibration(a, b) : IDENTITY;
    }
}
