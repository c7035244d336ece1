package org.movierec.core.eval;

/**
 * A metric over folds: its mean, its standard deviation (population: divided by the number of
 * folds, as Surprise reports it; 0 for one fold) and the value of each fold.
 */
public record MetricSummary(double mean, double std, double[] folds) {

    public MetricSummary {
        folds = folds.clone();
    }

    /** The summary of per-fold values. */
    public static MetricSummary of(double[] folds) {
        if (folds.length == 0) {
            throw new IllegalArgumentException("no folds to summarise");
        }
        double sum = 0;
        for (double v : folds) {
            sum += v;
        }
        double mean = sum / folds.length;
        double squares = 0;
        for (double v : folds) {
            squares += (v - mean) * (v - mean);
        }
        return new MetricSummary(mean, Math.sqrt(squares / folds.length), folds);
    }

    @Override
    public double[] folds() {
        return folds.clone();
    }
}
