package org.movierec.core.eval;

/**
 * Accuracy of predicted ratings against held-out ratings: RMSE, MAE and coverage. A prediction of
 * NaN (the model had no basis) counts against coverage and is replaced by the fallback (the
 * training data's global mean) for RMSE and MAE, so that models are compared on the same ratings.
 *
 * @param rmse root mean squared error
 * @param mae mean absolute error
 * @param coverage the share of test ratings the model predicted (not NaN)
 */
public record RatingErrors(double rmse, double mae, double coverage) {

    /**
     * The errors of predictions against actual ratings, summed in index order (deterministic).
     *
     * @throws IllegalArgumentException if the arrays differ in length or are empty
     */
    public static RatingErrors of(float[] actual, double[] predicted, double fallback) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException(actual.length + " ratings but " + predicted.length + " predictions");
        }
        if (actual.length == 0) {
            throw new IllegalArgumentException("no test ratings to measure");
        }
        double squared = 0;
        double absolute = 0;
        int predictedCount = 0;
        for (int j = 0; j < actual.length; j++) {
            double p = predicted[j];
            if (Double.isNaN(p)) {
                p = fallback;
            } else {
                predictedCount++;
            }
            double e = p - actual[j];
            squared += e * e;
            absolute += Math.abs(e);
        }
        int n = actual.length;
        return new RatingErrors(Math.sqrt(squared / n), absolute / n, (double) predictedCount / n);
    }
}
