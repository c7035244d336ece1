package org.movierec.core.algo.implicit;

import java.util.stream.IntStream;

/**
 * The small dense solves of implicit ALS, for one row of factors x against fixed factors Y
 * (row-major, f per row): A·x = b with A = YᵀY + λI + Σ_i (c_i − 1)·y_i·y_iᵀ and b = Σ_i c_i·y_i
 * over the row's interactions i with confidences c_i, by conjugate gradient in training (the exact
 * solve of one profile at request time is {@link FoldInSystem}). Not thread-safe: one solver per thread.
 */
final class FactorSolver {
    private final int f;
    private final float[] fx;
    private final float[] fr;
    private final float[] fp;
    private final float[] fap;
    private final float[] fv;
    private float[][] rows;
    private float[][] cols;
    private float[] d;
    private float[] w;

    FactorSolver(int factors) {
        f = factors;
        fx = new float[f];
        fr = new float[f];
        fp = new float[f];
        fap = new float[f];
        fv = new float[f];
        rows = new float[64][f];
        cols = new float[f][64];
        d = new float[64];
        w = new float[64];
    }

    /**
     * YᵀY of the rows of y (f per row), as a dense f×f row-major matrix: partial sums over fixed
     * blocks of rows in parallel, added in block order (the result does not depend on the threads).
     */
    static double[] gram(float[] y, int f) {
        int rows = y.length / f;
        int block = 256;
        double[][][] parts = IntStream.range(0, (rows + block - 1) / block).parallel().mapToObj(b -> {
            double[][] g = new double[f][f];
            double[] yi = new double[f];
            for (int i = b * block; i < Math.min(rows, (b + 1) * block); i++) {
                for (int s = 0; s < f; s++) {
                    yi[s] = y[i * f + s];
                }
                for (int s = 0; s < f; s++) {
                    double ys = yi[s];
                    double[] gs = g[s];
                    for (int t = 0; t <= s; t++) {
                        gs[t] += ys * yi[t];
                    }
                }
            }
            return g;
        }).toArray(double[][][]::new);
        double[] g = new double[f * f];
        for (double[][] part : parts) {
            for (int s = 0; s < f; s++) {
                for (int t = 0; t <= s; t++) {
                    g[s * f + t] += part[s][t];
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

    /** The float copy of a Gram matrix, one array per row, for {@link #conjugateGradient}. */
    static float[][] toFloat(double[] gram) {
        int f = (int) Math.round(Math.sqrt(gram.length));
        float[][] g = new float[f][f];
        for (int s = 0; s < f; s++) {
            for (int t = 0; t < f; t++) {
                g[s][t] = (float) gram[s * f + t];
            }
        }
        return g;
    }

    /**
     * A few conjugate-gradient steps on A·x = b starting from the current row out[outOffset..+f)
     * (Takács, Pilászy and Tikk 2011), written back into out. Single precision, as the update is
     * approximate anyway. The row's interacted factor rows are first copied into the solver's
     * workspace, once as rows and once transposed, so that every product with A is loops over
     * whole small arrays that the JIT vectorises (it does not vectorise loops over an offset
     * slice of one big array, nor float sums): YᵀY·v as YᵀY's rows scaled by v, y_i·v for all
     * i at once along the transposed copy, then Σ w_i·y_i four rows at a time.
     *
     * @param gram YᵀY in single precision, one array per row ({@link #toFloat})
     * @param items the interacted rows of y; confidences[k] belongs to items[from + k]
     */
    void conjugateGradient(float[][] gram, float lambda, float[] y, int[] items, float[] confidences, int from, int to,
            int steps, float[] out, int outOffset) {
        int n = to - from;
        gather(y, items, from, n);
        float[] xs = fx;
        float[] rs = fr;
        float[] ps = fp;
        float[] aps = fap;
        System.arraycopy(out, outOffset, xs, 0, f);
        dense(gram, -lambda, xs, rs, -1);
        sparse(confidences, from, n, xs, rs, true);
        System.arraycopy(rs, 0, ps, 0, f);
        float rr = dot(rs, rs);
        for (int step = 0; step < steps && rr > 1e-20f; step++) {
            dense(gram, lambda, ps, aps, 1);
            sparse(confidences, from, n, ps, aps, false);
            float alpha = rr / dot(ps, aps);
            for (int s = 0; s < f; s++) {
                xs[s] += alpha * ps[s];
                rs[s] -= alpha * aps[s];
            }
            float next = dot(rs, rs);
            float beta = next / rr;
            for (int s = 0; s < f; s++) {
                ps[s] = rs[s] + beta * ps[s];
            }
            rr = next;
        }
        System.arraycopy(xs, 0, out, outOffset, f);
    }

    /** Copies the n interacted rows of y into the workspace: rows[k] = y_{items[from + k]}, cols[s][k] = rows[k][s]. */
    private void gather(float[] y, int[] items, int from, int n) {
        if (rows.length < n) {
            int capacity = Math.max(n, rows.length * 2);
            rows = new float[capacity][f];
            cols = new float[f][capacity];
            d = new float[capacity];
            w = new float[capacity];
        }
        float[][] r = rows;
        for (int k = 0; k < n; k++) {
            System.arraycopy(y, items[from + k] * f, r[k], 0, f);
        }
        float[][] t = cols;
        int k = 0;
        for (; k + 7 < n; k += 8) {
            float[] r0 = r[k];
            float[] r1 = r[k + 1];
            float[] r2 = r[k + 2];
            float[] r3 = r[k + 3];
            float[] r4 = r[k + 4];
            float[] r5 = r[k + 5];
            float[] r6 = r[k + 6];
            float[] r7 = r[k + 7];
            for (int s = 0; s < f; s++) {
                float[] c = t[s];
                c[k] = r0[s];
                c[k + 1] = r1[s];
                c[k + 2] = r2[s];
                c[k + 3] = r3[s];
                c[k + 4] = r4[s];
                c[k + 5] = r5[s];
                c[k + 6] = r6[s];
                c[k + 7] = r7[s];
            }
        }
        for (; k < n; k++) {
            float[] rk = r[k];
            for (int s = 0; s < f; s++) {
                t[s][k] = rk[s];
            }
        }
    }

    /** out = lambda·v + sign·YᵀY·v, as the sum of YᵀY's rows t scaled by sign·v[t] (YᵀY is symmetric). */
    private void dense(float[][] gram, float lambda, float[] v, float[] out, float sign) {
        float[] sv = fv;
        for (int s = 0; s < f; s++) {
            out[s] = lambda * v[s];
            sv[s] = sign * v[s];
        }
        accumulate(gram, sv, f, f, out);
    }

    /**
     * Adds the interactions' part to out: Σ_i (c_i − 1)·(y_i·v)·y_i, or for the residual
     * Σ_i (c_i − (c_i − 1)·(y_i·v))·y_i, with the rows gathered by {@link #gather}.
     */
    private void sparse(float[] confidences, int from, int n, float[] v, float[] out, boolean residual) {
        float[] dv = d;
        float[] wv = w;
        for (int k = 0; k < n; k++) {
            dv[k] = 0;
        }
        accumulate(cols, v, f, n, dv);
        for (int k = 0; k < n; k++) {
            float c = confidences[from + k];
            wv[k] = residual ? c - (c - 1) * dv[k] : (c - 1) * dv[k];
        }
        accumulate(rows, wv, n, f, out);
    }

    /** out[0..length) += Σ_k weights[k]·r[k][0..length) over the first n rows, four rows per pass over out. */
    private static void accumulate(float[][] r, float[] weights, int n, int length, float[] out) {
        int k = 0;
        for (; k + 3 < n; k += 4) {
            float[] r0 = r[k];
            float[] r1 = r[k + 1];
            float[] r2 = r[k + 2];
            float[] r3 = r[k + 3];
            float w0 = weights[k];
            float w1 = weights[k + 1];
            float w2 = weights[k + 2];
            float w3 = weights[k + 3];
            for (int s = 0; s < length; s++) {
                out[s] += w0 * r0[s] + w1 * r1[s] + w2 * r2[s] + w3 * r3[s];
            }
        }
        for (; k < n; k++) {
            float[] rk = r[k];
            float wk = weights[k];
            for (int s = 0; s < length; s++) {
                out[s] += wk * rk[s];
            }
        }
    }

    /** Σ_s a[s]·v[s] over the f factors, with four accumulators. */
    private float dot(float[] a, float[] v) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int s = 0;
        for (; s + 3 < f; s += 4) {
            s0 += a[s] * v[s];
            s1 += a[s + 1] * v[s + 1];
            s2 += a[s + 2] * v[s + 2];
            s3 += a[s + 3] * v[s + 3];
        }
        for (; s < f; s++) {
            s0 += a[s] * v[s];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
