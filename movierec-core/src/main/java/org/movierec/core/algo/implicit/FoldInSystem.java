package org.movierec.core.algo.implicit;

/**
 * The exact fold-in system of implicit ALS for one profile, A = YᵀY + λI + Σ_k (c_k − 1)·y_k·y_kᵀ
 * over the profile's items k with confidences c_k, factorised once (Cholesky, A = L·Lᵀ) for any
 * number of solves. The factorisation updates the trailing matrix by rows and the solves go along
 * rows of L and of Lᵀ, so every inner loop is a contiguous a·x + y that the JIT compiler vectorises
 * (a dot-product formulation would be one long chain of dependent additions).
 */
final class FoldInSystem {
    private final int f;
    private final float[] y;
    private final int[] items;
    private final float[] confidences;
    private final double[] lower;
    private final double[] upper;

    /**
     * Builds and factorises A.
     *
     * @param gram YᵀY, f×f row-major
     * @param y the item factors, f per item
     */
    FoldInSystem(double[] gram, int f, double lambda, float[] y, int[] items, float[] confidences) {
        this.f = f;
        this.y = y;
        this.items = items;
        this.confidences = confidences;
        double[] a = gram.clone();
        for (int s = 0; s < f; s++) {
            a[s * f + s] += lambda;
        }
        for (int k = 0; k < items.length; k++) {
            double w = confidences[k] - 1;
            int o = items[k] * f;
            for (int s = 0; s < f; s++) {
                double ws = w * y[o + s];
                int row = s * f;
                for (int t = 0; t <= s; t++) {
                    a[row + t] += ws * y[o + t];
                }
            }
        }
        this.lower = a;
        this.upper = new double[f * f];
        factorise();
    }

    /** Right-looking Cholesky on the lower triangle of {@link #lower}, with its transpose into {@link #upper}. */
    private void factorise() {
        double[] column = new double[f];
        for (int j = 0; j < f; j++) {
            double pivot = Math.sqrt(Math.max(lower[j * f + j], 1e-12));
            lower[j * f + j] = pivot;
            upper[j * f + j] = pivot;
            double inverse = 1 / pivot;
            for (int i = j + 1; i < f; i++) {
                double l = lower[i * f + j] * inverse;
                lower[i * f + j] = l;
                upper[j * f + i] = l;
                column[i] = l;
            }
            for (int i = j + 1; i < f; i++) {
                double l = column[i];
                int row = i * f;
                for (int q = j + 1; q <= i; q++) {
                    lower[row + q] -= l * column[q];
                }
            }
        }
    }

    /** Solves A·z = rhs; rhs is overwritten by z. */
    void solve(double[] rhs) {
        for (int j = 0; j < f; j++) {
            double z = rhs[j] / upper[j * f + j];
            rhs[j] = z;
            int row = j * f;
            for (int i = j + 1; i < f; i++) {
                rhs[i] -= upper[row + i] * z;
            }
        }
        for (int i = f - 1; i >= 0; i--) {
            double x = rhs[i] / lower[i * f + i];
            rhs[i] = x;
            int row = i * f;
            for (int q = 0; q < i; q++) {
                rhs[q] -= lower[row + q] * x;
            }
        }
    }

    /** The profile's factors x with A·x = Σ_k c_k·y_k. */
    float[] factors() {
        double[] b = new double[f];
        for (int k = 0; k < items.length; k++) {
            double c = confidences[k];
            int o = items[k] * f;
            for (int s = 0; s < f; s++) {
                b[s] += c * y[o + s];
            }
        }
        solve(b);
        float[] x = new float[f];
        for (int s = 0; s < f; s++) {
            x[s] = (float) b[s];
        }
        return x;
    }
}
