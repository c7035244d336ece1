package org.movierec.core.algo.knn;

/**
 * Means and standard deviations of rows (users) or columns (items) of a rating matrix, for
 * mean-centred and z-score predictions. A row without ratings has the global mean; a standard
 * deviation of 0 (or of a row without ratings) is taken as 1 so that z-scores stay defined.
 */
record Moments(float[] means, float[] deviations) {

    static Moments of(int[] ptr, float[] values, double globalMean) {
        int n = ptr.length - 1;
        float[] means = new float[n];
        float[] deviations = new float[n];
        for (int r = 0; r < n; r++) {
            int from = ptr[r];
            int to = ptr[r + 1];
            double sum = 0;
            for (int k = from; k < to; k++) {
                sum += values[k];
            }
            double mean = to > from ? sum / (to - from) : globalMean;
            double sq = 0;
            for (int k = from; k < to; k++) {
                sq += (values[k] - mean) * (values[k] - mean);
            }
            double sd = to > from ? Math.sqrt(sq / (to - from)) : 0;
            means[r] = (float) mean;
            deviations[r] = sd > 1e-6 ? (float) sd : 1f;
        }
        return new Moments(means, deviations);
    }

    /** Mean and deviation of one list of values (a profile), with the same conventions. */
    static float[] ofValues(float[] values, double globalMean) {
        Moments m = of(new int[] {0, values.length}, values, globalMean);
        return new float[] {m.means[0], m.deviations[0]};
    }
}
