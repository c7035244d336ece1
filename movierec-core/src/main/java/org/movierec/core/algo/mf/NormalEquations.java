package org.movierec.core.algo.mf;

import java.util.Arrays;
import org.movierec.core.util.Cholesky;

/**
 * The regularised least-squares problem of one user (or item) against fixed factors of the other
 * side: minimise sum_j (y_j - x_j . theta)^2 + (n regBias + biasPrior) theta_0^2
 * + (n reg + factorPrior) |theta_1..|^2, where x_j is a factor row, optionally preceded by a
 * constant 1 for the bias, and n is the number of rows (n reg is the weighted-lambda regularisation
 * of ALS-WR, which is also the stationary point of SGD with per-rating regularisation; the priors
 * add shrinkage that does not vanish for short profiles). The normal matrix is accumulated by rows (so that the JIT
 * vectorises the rank-one updates) and solved by {@link Cholesky}. Mutable scratch space: one
 * instance per thread.
 */
final class NormalEquations {
    private final int k;
    private final boolean withBias;
    private final int d;
    private final double[][] a;
    private final double[] b;
    private final double[] x;
    private final double[] flat;
    private int rows;

    NormalEquations(int k, boolean withBias) {
        this.k = k;
        this.withBias = withBias;
        this.d = k + (withBias ? 1 : 0);
        a = new double[d][d];
        b = new double[d];
        x = new double[d];
        flat = new double[d * d];
    }

    /** Number of unknowns: k, plus one for the bias. */
    int dimension() {
        return d;
    }

    void reset() {
        for (double[] row : a) {
            Arrays.fill(row, 0);
        }
        Arrays.fill(b, 0);
        rows = 0;
    }

    /** Adds the row of factors[off..off+k) (preceded by 1 with a bias) with target y. */
    void add(float[] factors, int off, double y) {
        int o = 0;
        if (withBias) {
            x[0] = 1;
            o = 1;
        }
        for (int f = 0; f < k; f++) {
            x[o + f] = factors[off + f];
        }
        for (int r = 0; r < d; r++) {
            double xr = x[r];
            double[] row = a[r];
            for (int c = 0; c <= r; c++) {
                row[c] += xr * x[c];
            }
            b[r] += xr * y;
        }
        rows++;
    }

    /**
     * Solves the problem; the solution (bias first, if any) is written to out. With no rows the
     * solution is zero.
     *
     * @param nonNegative keep the factor part (not the bias) non-negative: projected coordinate
     *     descent on the normal equations instead of a Cholesky solve
     */
    void solve(Penalty penalty, boolean nonNegative, float[] out, int outOff) {
        if (rows == 0) {
            Arrays.fill(out, outOff, outOff + d, 0f);
            return;
        }
        int o = withBias ? 1 : 0;
        regularise(penalty);
        if (nonNegative) {
            solveNonNegative(o, out, outOff);
            return;
        }
        Cholesky.solve(lowerTriangle(), d, b);
        for (int r = 0; r < d; r++) {
            out[outOff + r] = (float) b[r];
        }
    }

    private void solveNonNegative(int free, float[] out, int outOff) {
        for (int r = 0; r < d; r++) {
            for (int c = r + 1; c < d; c++) {
                a[r][c] = a[c][r];
            }
        }
        double[] t = new double[d];
        for (int sweep = 0; sweep < 100; sweep++) {
            double change = 0;
            for (int r = 0; r < d; r++) {
                double[] row = a[r];
                double g = -b[r];
                for (int c = 0; c < d; c++) {
                    g += row[c] * t[c];
                }
                double v = t[r] - g / row[r];
                if (r >= free && v < 0) {
                    v = 0;
                }
                change = Math.max(change, Math.abs(v - t[r]));
                t[r] = v;
            }
            if (change < 1e-7) {
                break;
            }
        }
        for (int r = 0; r < d; r++) {
            out[outOff + r] = (float) t[r];
        }
    }

    /**
     * How much each row's target contributes to the prediction of a new row q (preceded by 1 with a
     * bias) under the unconstrained solution: weight_j = (q^T A^-1 x_j) y_j. Call after adding the
     * rows and before solving; consumes the equations.
     */
    double[] influence(float[] q, int qOff, Penalty penalty) {
        double[] w = new double[d];
        int o = 0;
        if (withBias) {
            w[0] = 1;
            o = 1;
        }
        for (int f = 0; f < k; f++) {
            w[o + f] = q[qOff + f];
        }
        regularise(penalty);
        Cholesky.solve(lowerTriangle(), d, w);
        return w;
    }

    private void regularise(Penalty penalty) {
        int o = 0;
        if (withBias) {
            a[0][0] += Math.max(penalty.regBias() * rows + penalty.biasPrior(), 1e-9);
            o = 1;
        }
        for (int f = o; f < d; f++) {
            a[f][f] += Math.max(penalty.reg() * rows + penalty.factorPrior(), 1e-9);
        }
    }

    /**
     * The regularisation: per-row weights of the bias and the factors, and constant extra weights
     * (zero in training, positive in fold-in).
     */
    record Penalty(double regBias, double reg, double biasPrior, double factorPrior) {
    }

    /** The lower triangle of A, row-major in the scratch array. */
    private double[] lowerTriangle() {
        for (int r = 0; r < d; r++) {
            System.arraycopy(a[r], 0, flat, r * d, r + 1);
        }
        return flat;
    }
}
