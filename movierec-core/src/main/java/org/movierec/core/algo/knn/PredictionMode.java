package org.movierec.core.algo.knn;

import java.util.Arrays;

/**
 * How neighbours' ratings are aggregated (Surprise's KNNBasic, KNNWithMeans, KNNWithZScore and
 * KNNBaseline), with s the similarity of neighbour n:
 * <ul>
 * <li>{@code plain}: Σ s·r_n / Σ s;</li>
 * <li>{@code mean-centred}: mean + Σ s·(r_n − mean_n) / Σ s;</li>
 * <li>{@code z-score}: mean + σ·Σ s·(r_n − mean_n)/σ_n / Σ s;</li>
 * <li>{@code baseline}: b(u,i) + Σ s·(r_n − b_n) / Σ s, with b the bias baseline μ + b_u + b_i.</li>
 * </ul>
 * Means and standard deviations are the items' (item-based) or the users' (user-based).
 *
 * <p>Damping λ adds a virtual neighbour of similarity λ whose rating is exactly the base (the
 * mean, or the baseline): the correction becomes Σ s·(r_n − base_n) / (λ + Σ s), so a prediction
 * backed by few or weakly similar neighbours stays near the base. Plain predictions are not damped.
 * With pearson-baseline similarities shrunk at 100, λ = 0.3 lowers RMSE from 0.9186 to 0.9138
 * (item-based) on the ml-100k u1..u5 folds and from 0.8509 to 0.8420 on ml-latest-small.
 */
public enum PredictionMode {
    PLAIN("plain"),
    MEAN_CENTRED("mean-centred"),
    Z_SCORE("z-score"),
    BASELINE("baseline");

    static final String DAMPING_HELP =
            "pseudo-similarity of a virtual neighbour rated at the base (mean or baseline) that damps weak evidence; 0: none";

    private final String label;

    PredictionMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static PredictionMode of(String label) {
        for (PredictionMode m : values()) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown prediction mode '" + label + "'; known modes are "
                + String.join(", ", labels()));
    }

    static String[] labels() {
        return Arrays.stream(values()).map(PredictionMode::label).toArray(String[]::new);
    }
}
