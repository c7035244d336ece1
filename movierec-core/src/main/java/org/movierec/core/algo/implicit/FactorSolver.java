package org.movierec.core.algo.implicit;

/**
 * The small dense solves of implicit ALS, for one row of factors x against fixed factors Y
 * (row-major, f per row): A·x = b with A = YᵀY + λI + Σ_i (c_i − 1)·y_i·y_iᵀ and b = Σ_i c_i·y_i
 * over the row's interactions i with confidences c_i. Not thread-safe: one solver per thread.
 */
final class FactorSolver {
    private final int f;
    private final double[] r;
    private final double[] p;
    private final double[] ap;
    private final double[] x;
    private final double[] a;

    FactorSolver(int factors) {
        f = factors;
        r = new double[f];
        p = new double[f];
        ap = new double[f];
        x = new double[f];
        a = new double[f * f];
    }

    /** YᵀY of the rows of y (f per row), as a dense f×f row-major matrix. */
    static double[] gram(float[] y, int f) {
        int rows = y.length / f;
        double[] g = new double[f * f];
        for (int i = 0; i < rows; i++) {
            int o = i * f;
            for (int s = 0; s < f; s++) {
                double ys = y[o + s];
                int gs = s * f;
                for (int t = 0; t <= s; t++) {
                    g[gs + t] += ys * y[o + t];
                }
            }
        }
        for (int s = 0; s < f; s++) {
            for (int t = 0; t < s; t++) {
                g[t * f + s] = g[s * f + t];
            }
        }
        return g;
    }

    /**
     * A few conjugate-gradient steps on A·x = b starting from the current row out[outOffset..+f)
     * (Takács, Pilászy and Tikk 2011), written back into out.
     *
     * @param items the interacted rows of y; confidences[k] belongs to items[from + k]
     */
    void conjugateGradient(double[] gram, double lambda, float[] y, int[] items, float[] confidences, int from, int to,
            int steps, float[] out, int outOffset) {
        for (int s = 0; s < f; s++) {
            x[s] = out[outOffset + s];
        }
        multiply(gram, lambda, y, items, confidences, from, to, x, r);
        for (int s = 0; s < f; s++) {
            r[s] = -r[s];
        }
        for (int k = from; k < to; k++) {
            double c = confidences[k];
            int o = items[k] * f;
            for (int s = 0; s < f; s++) {
                r[s] += c * y[o + s];
            }
        }
        double rr = 0;
        for (int s = 0; s < f; s++) {
            p[s] = r[s];
            rr += r[s] * r[s];
        }
        for (int step = 0; step < steps && rr > 1e-20; step++) {
            multiply(gram, lambda, y, items, confidences, from, to, p, ap);
            double pap = 0;
            for (int s = 0; s < f; s++) {
                pap += p[s] * ap[s];
            }
            double alpha = rr / pap;
            double next = 0;
            for (int s = 0; s < f; s++) {
                x[s] += alpha * p[s];
                r[s] -= alpha * ap[s];
                next += r[s] * r[s];
            }
            double beta = next / rr;
            for (int s = 0; s < f; s++) {
                p[s] = r[s] + beta * p[s];
            }
            rr = next;
        }
        for (int s = 0; s < f; s++) {
            out[outOffset + s] = (float) x[s];
        }
    }

    /** out = A·v. */
    private void multiply(double[] gram, double lambda, float[] y, int[] items, float[] confidences, int from, int to,
            double[] v, double[] out) {
        for (int s = 0; s < f; s++) {
            double sum = lambda * v[s];
            int gs = s * f;
            for (int t = 0; t < f; t++) {
                sum += gram[gs + t] * v[t];
            }
            out[s] = sum;
        }
        for (int k = from; k < to; k++) {
            int o = items[k] * f;
            double dot = 0;
            for (int s = 0; s < f; s++) {
                dot += y[o + s] * v[s];
            }
            double w = (confidences[k] - 1) * dot;
            for (int s = 0; s < f; s++) {
                out[s] += w * y[o + s];
            }
        }
    }

    /** Fills the Cholesky factor of A (lower, row-major) for the interactions into the solver's workspace. */
    void factorize(double[] gram, double lambda, float[] y, int[] items, float[] confidences, int from, int to) {
        System.arraycopy(gram, 0, a, 0, f * f);
        for (int s = 0; s < f; s++) {
            a[s * f + s] += lambda;
        }
        for (int k = from; k < to; k++) {
            double w = confidences[k] - 1;
            int o = items[k] * f;
            for (int s = 0; s < f; s++) {
                double ws = w * y[o + s];
                for (int t = 0; t <= s; t++) {
                    a[s * f + t] += ws * y[o + t];
                }
            }
        }
        for (int j = 0; j < f; j++) {
            double d = a[j * f + j];
            for (int q = 0; q < j; q++) {
                d -= a[j * f + q] * a[j * f + q];
            }
            double l = Math.sqrt(Math.max(d, 1e-12));
            a[j * f + j] = l;
            for (int i = j + 1; i < f; i++) {
                double s = a[i * f + j];
                for (int q = 0; q < j; q++) {
                    s -= a[i * f + q] * a[j * f + q];
                }
                a[i * f + j] = s / l;
            }
        }
    }

    /** Solves A·z = rhs with the factor of {@link #factorize}; rhs is overwritten by z. */
    void solveFactorized(double[] rhs) {
        for (int i = 0; i < f; i++) {
            double s = rhs[i];
            for (int q = 0; q < i; q++) {
                s -= a[i * f + q] * rhs[q];
            }
            rhs[i] = s / a[i * f + i];
        }
        for (int i = f - 1; i >= 0; i--) {
            double s = rhs[i];
            for (int q = i + 1; q < f; q++) {
                s -= a[q * f + i] * rhs[q];
            }
            rhs[i] = s / a[i * f + i];
        }
    }

    /** The exact solution of A·x = b (Cholesky), into out. */
    void directSolve(double[] gram, double lambda, float[] y, int[] items, float[] confidences, int from, int to,
            float[] out, int outOffset) {
        factorize(gram, lambda, y, items, confidences, from, to);
        double[] b = new double[f];
        for (int k = from; k < to; k++) {
            double c = confidences[k];
            int o = items[k] * f;
            for (int s = 0; s < f; s++) {
                b[s] += c * y[o + s];
            }
        }
        solveFactorized(b);
        for (int s = 0; s < f; s++) {
            out[outOffset + s] = (float) b[s];
        }
    }
}
