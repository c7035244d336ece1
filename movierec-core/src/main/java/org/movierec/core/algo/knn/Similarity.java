package org.movierec.core.algo.knn;

import java.util.Arrays;

/**
 * The similarity measures of the neighbourhood models, computed from sums over co-rated entries
 * (co-support n):
 * <ul>
 * <li>{@code cosine}: Σxy / √(Σx²·Σy²) over the raw ratings;</li>
 * <li>{@code pearson}: the correlation of the raw ratings over the co-rated entries (means taken over
 * those entries, as Surprise's {@code pearson});</li>
 * <li>{@code adjusted-cosine} (item-based only): cosine of the ratings minus each user's mean
 * (Sarwar et al., WWW 2001);</li>
 * <li>{@code msd}: 1 / (1 + mean squared difference);</li>
 * <li>{@code pearson-baseline}: cosine of the residuals r − (μ + b_u + b_i) from the bias baseline
 * (Koren 2010; Surprise's {@code pearson_baseline});</li>
 * <li>{@code baseline-cosine} (item-based only): the same residuals, but divided by the norms of the
 * two items' whole residual vectors (all their raters) rather than of the co-rated entries only, as the
 * classic item-item cosine (Sarwar et al. 2001) does: a pair sharing few raters gets a small weight by
 * construction, and only two sums per pair are accumulated.</li>
 * </ul>
 * The sums are kept in floats; Pearson's are taken over values centred by a per-row constant (the
 * item's or user's mean), which leaves the correlation unchanged and avoids cancellation.
 * Every measure is then shrunk toward zero for small co-support, s·(n−1)/(n−1+λ) (Koren 2010, eq. 2),
 * when the shrinkage λ is positive.
 */
public enum Similarity {
    COSINE("cosine", 4),
    PEARSON("pearson", 6),
    ADJUSTED_COSINE("adjusted-cosine", 4),
    MSD("msd", 2),
    PEARSON_BASELINE("pearson-baseline", 4),
    BASELINE_COSINE("baseline-cosine", 2);

    private final String label;
    /** Number of accumulated sums per pair. */
    final int stride;

    Similarity(String label, int stride) {
        this.label = label;
        this.stride = stride;
    }

    /** The name used in parameters, e.g. "pearson-baseline". */
    public String label() {
        return label;
    }

    /** The measure of the label. */
    public static Similarity of(String label) {
        for (Similarity s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown similarity '" + label + "'; known similarities are "
                + String.join(", ", Arrays.stream(values()).map(Similarity::label).toList()));
    }

    static String[] labels(Similarity... measures) {
        return Arrays.stream(measures).map(Similarity::label).toArray(String[]::new);
    }

    /**
     * Adds the co-rated pairs (x, values[q]) for q in [from, to) to the sums of entry index[q], at
     * acc[index[q]·stride ..]; acc[entry·stride] is the co-support count. Entries touched for the
     * first time (count 0) are appended to touched and their sums set rather than added to, so a
     * caller reusing acc only needs to reset the counts; returns the new number of touched entries.
     */
    int accumulate(float[] acc, float x, int[] index, float[] values, int from, int to, int[] touched, int touchedCount) {
        int nt = touchedCount;
        switch (this) {
            case MSD -> {
                for (int q = from; q < to; q++) {
                    int a = index[q] << 1;
                    float d = x - values[q];
                    if (acc[a] == 0) {
                        touched[nt++] = index[q];
                        acc[a] = 1;
                        acc[a + 1] = d * d;
                    } else {
                        acc[a] += 1;
                        acc[a + 1] += d * d;
                    }
                }
            }
            case BASELINE_COSINE -> {
                for (int q = from; q < to; q++) {
                    int a = index[q] << 1;
                    if (acc[a] == 0) {
                        touched[nt++] = index[q];
                        acc[a] = 1;
                        acc[a + 1] = x * values[q];
                    } else {
                        acc[a] += 1;
                        acc[a + 1] += x * values[q];
                    }
                }
            }
            case PEARSON -> {
                float xx = x * x;
                for (int q = from; q < to; q++) {
                    int a = index[q] * 6;
                    float y = values[q];
                    if (acc[a] == 0) {
                        touched[nt++] = index[q];
                        acc[a] = 1;
                        acc[a + 1] = x;
                        acc[a + 2] = y;
                        acc[a + 3] = xx;
                        acc[a + 4] = y * y;
                        acc[a + 5] = x * y;
                    } else {
                        acc[a] += 1;
                        acc[a + 1] += x;
                        acc[a + 2] += y;
                        acc[a + 3] += xx;
                        acc[a + 4] += y * y;
                        acc[a + 5] += x * y;
                    }
                }
            }
            default -> {
                float xx = x * x;
                for (int q = from; q < to; q++) {
                    int a = index[q] << 2;
                    float y = values[q];
                    if (acc[a] == 0) {
                        touched[nt++] = index[q];
                        acc[a] = 1;
                        acc[a + 1] = x * y;
                        acc[a + 2] = xx;
                        acc[a + 3] = y * y;
                    } else {
                        acc[a] += 1;
                        acc[a + 1] += x * y;
                        acc[a + 2] += xx;
                        acc[a + 3] += y * y;
                    }
                }
            }
        }
        return nt;
    }

    /** False when the sums at acc[a..) give a similarity of 0 or less (a cheap test before {@link #value}). */
    boolean positive(float[] acc, int a) {
        return switch (this) {
            case MSD -> true;
            case PEARSON -> (double) acc[a] * acc[a + 5] - (double) acc[a + 1] * acc[a + 2] > 0;
            default -> acc[a + 1] > 0;
        };
    }

    /**
     * The shrunk similarity from the sums at acc[a..a+stride); 0 without a defined value. normProduct
     * is the product of the two whole vectors' norms, which only {@code baseline-cosine} uses.
     */
    double value(float[] acc, int a, double shrinkage, double normProduct) {
        double n = acc[a];
        double s;
        switch (this) {
            case MSD -> s = 1 / (1 + acc[a + 1] / n);
            case BASELINE_COSINE -> s = normProduct > 1e-12 ? acc[a + 1] / normProduct : 0;
            case PEARSON -> {
                double sx = acc[a + 1];
                double sy = acc[a + 2];
                double vx = n * acc[a + 3] - sx * sx;
                double vy = n * acc[a + 4] - sy * sy;
                double d = Math.sqrt(vx * vy);
                s = d > 1e-12 ? (n * acc[a + 5] - sx * sy) / d : 0;
            }
            default -> {
                double d = Math.sqrt(acc[a + 2] * acc[a + 3]);
                s = d > 1e-12 ? acc[a + 1] / d : 0;
            }
        }
        return shrinkage > 0 ? s * (n - 1) / (n - 1 + shrinkage) : s;
    }
}
