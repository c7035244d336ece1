package org.movierec.core.algo.implicit;

/**
 * The small dense solves of implicit ALS, for one row of factors x against fixed factors Y
 * (row-major, f per row): A·x = b with A = YᵀY + λI + Σ_i (c_i − 1)·y_i·y_iᵀ and b = Σ_i c_i·y_i
 * over the row's interactions i with confidences c_i. Not thread-safe: one solver per thread.
 */
final class FactorSolver {
    private final int f;
    private final float[] fx;
    private final float[] fr;
    private final float[] fp;
    private final float[] fap;
    private final double[] a;

    FactorSolver(int factors) {
        f = factors;
        fx = new float[f];
        fr = new float[f];
        fp = new float[f];
        fap = new float[f];
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

    /** The float copy of a Gram matrix, for {@link #conjugateGradient}. */
    static float[] toFloat(double[] gram) {
        float[] g = new float[gram.length];
        for (int k = 0; k < g.length; k++) {
            g[k] = (float) gram[k];
        }
        return g;
    }

    /**
     * A few conjugate-gradient steps on A·x = b starting from the current row out[outOffset..+f)
     * (Takács, Pilászy and Tikk 2011), written back into out. Single precision, as the update is
     * approximate anyway; dot products use four accumulators.
     *
     * @param items the interacted rows of y; confidences[k] belongs to items[from + k]
     */
    void conjugateGradient(float[] gram, float lambda, float[] y, int[] items, float[] confidences, int from, int to,
            int steps, float[] out, int outOffset) {
        float[] xs = fx;
        float[] rs = fr;
        float[] ps = fp;
        float[] aps = fap;
        System.arraycopy(out, outOffset, xs, 0, f);
        for (int s = 0; s < f; s++) {
            rs[s] = -lambda * xs[s] - dot(gram, s * f, xs);
        }
        for (int k = from; k < to; k++) {
            int o = items[k] * f;
            float c = confidences[k];
            axpy(c - (c - 1) * dot(y, o, xs), y, o, rs);
        }
        System.arraycopy(rs, 0, ps, 0, f);
        float rr = dot(rs, 0, rs);
        for (int step = 0; step < steps && rr > 1e-20f; step++) {
            multiply(gram, lambda, y, items, confidences, from, to, ps, aps);
            float alpha = rr / dot(ps, 0, aps);
            for (int s = 0; s < f; s++) {
                xs[s] += alpha * ps[s];
                rs[s] -= alpha * aps[s];
            }
            float next = dot(rs, 0, rs);
            float beta = next / rr;
            for (int s = 0; s < f; s++) {
                ps[s] = rs[s] + beta * ps[s];
            }
            rr = next;
        }
        System.arraycopy(xs, 0, out, outOffset, f);
    }

    /** out = A·v. */
    private void multiply(float[] gram, float lambda, float[] y, int[] items, float[] confidences, int from, int to,
            float[] v, float[] out) {
        for (int s = 0; s < f; s++) {
            out[s] = lambda * v[s] + dot(gram, s * f, v);
        }
        for (int k = from; k < to; k++) {
            int o = items[k] * f;
            axpy((confidences[k] - 1) * dot(y, o, v), y, o, out);
        }
    }

    /** Σ_s a[o+s]·v[s] over the f factors, with four accumulators. */
    private float dot(float[] a, int o, float[] v) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int s = 0;
        for (; s + 3 < f; s += 4) {
            s0 += a[o + s] * v[s];
            s1 += a[o + s + 1] * v[s + 1];
            s2 += a[o + s + 2] * v[s + 2];
            s3 += a[o + s + 3] * v[s + 3];
        }
        for (; s < f; s++) {
            s0 += a[o + s] * v[s];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** out[s] += w·a[o+s] over the f factors. */
    private void axpy(float w, float[] a, int o, float[] out) {
        for (int s = 0; s < f; s++) {
            out[s] += w * a[o + s];
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
