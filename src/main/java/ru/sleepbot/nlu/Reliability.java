package ru.sleepbot.nlu;

import java.util.ArrayList;
import java.util.List;

/**
 * How well confidences match how often the classifier is right: the messages binned by the
 * confidence of their best intent (ten bins of 0.1), each bin's mean confidence against its share
 * of right answers, and the expected calibration error, the bins' gaps weighted by their size.
 * "Right" is by taxonomy id and before any threshold: the question is whether the number means
 * what it says.
 */
public record Reliability(double expectedCalibrationError, List<Bin> bins) {

    static final int BINS = 10;

    public Reliability {
        bins = List.copyOf(bins);
    }

    /** One bin: confidences in [lower, upper), the last one closed at 1. */
    public record Bin(double lower, double upper, int count, double meanConfidence, double accuracy) {
    }

    static Reliability of(List<Prediction> predictions) {
        int[] count = new int[BINS];
        double[] confidence = new double[BINS];
        int[] right = new int[BINS];
        for (Prediction p : predictions) {
            double c = p.raw().confidence();
            int bin = Math.min(BINS - 1, Math.max(0, (int) (c * BINS)));
            count[bin]++;
            confidence[bin] += c;
            right[bin] += p.topIsRight() ? 1 : 0;
        }
        List<Bin> bins = new ArrayList<>();
        double ece = 0;
        for (int b = 0; b < BINS; b++) {
            double mean = count[b] == 0 ? 0 : confidence[b] / count[b];
            double accuracy = count[b] == 0 ? 0 : (double) right[b] / count[b];
            bins.add(new Bin((double) b / BINS, (double) (b + 1) / BINS, count[b], mean, accuracy));
            ece += predictions.isEmpty() ? 0 : (double) count[b] / predictions.size() * Math.abs(mean - accuracy);
        }
        return new Reliability(ece, bins);
    }
}
