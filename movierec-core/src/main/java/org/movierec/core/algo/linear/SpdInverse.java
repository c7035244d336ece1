package org.movierec.core.algo.linear;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * In-place inverse of a dense symmetric positive definite float matrix, on all cores: blocked
 * Cholesky factorisation A = L·Lᵀ (right-looking, panels of {@value #BLOCK} columns), inverse of the
 * triangular factor W = L⁻¹, and A⁻¹ = Wᵀ·W (LAPACK's potrf, trtri and lauum). That is n³/2
 * multiply-adds, against n³ for Gauss-Jordan elimination. Every inner loop is a multiply-subtract
 * along a contiguous row, four rows at a time, which the JIT vectorises; each output element is
 * computed by one thread in a fixed order, so the result does not depend on the thread count.
 */
final class SpdInverse {
    /** Panel width: columns factored per step, rows of W per step of Wᵀ·W. */
    static final int BLOCK = 256;
    /** Width of a column strip kept in L1 by the kernel. */
    private static final int STRIP = 128;

    private SpdInverse() {
    }

    /**
     * Replaces a (full, symmetric, positive definite; rows are the arrays a[i]) by its inverse,
     * using one more matrix of the same size as workspace.
     *
     * @throws IllegalArgumentException if a is not positive definite
     */
    static void invert(float[][] a) {
        int n = a.length;
        cholesky(a);
        float[][] w = new float[n][n];
        invertLower(a, w);
        IntStream.range(0, n).parallel().forEach(i -> Arrays.fill(a[i], 0f));
        for (int k0 = 0; k0 < n; k0 += BLOCK) {
            int rows = Math.min(BLOCK, n - k0);
            float[][] panel = Arrays.copyOfRange(w, k0, k0 + rows);
            syrk(a, panel, 0, k0 + rows, -1f);
        }
        mirrorLower(a);
    }

    /** Overwrites the lower triangle and diagonal of a with its Cholesky factor L (the upper triangle becomes scratch). */
    static void cholesky(float[][] a) {
        int n = a.length;
        float[][] t = new float[Math.min(BLOCK, n)][n];
        for (int k0 = 0; k0 < n; k0 += BLOCK) {
            int b = Math.min(BLOCK, n - k0);
            factorDiagonal(a, k0, b);
            int m0 = k0 + b;
            if (m0 == n) {
                break;
            }
            solvePanel(a, t, k0, b);
            syrk(a, Arrays.copyOf(t, b), m0, n, 1f);
        }
    }

    /** L21 = A21·L11⁻ᵀ for the rows below the diagonal block, into t (transposed) and back into a. */
    private static void solvePanel(float[][] a, float[][] t, int k0, int b) {
        int n = a.length;
        int m0 = k0 + b;
        int strips = (n - m0 + STRIP - 1) / STRIP;
        IntStream.range(0, strips).parallel().forEach(s -> {
            int from = m0 + s * STRIP;
            int to = Math.min(n, from + STRIP);
            for (int i = from; i < to; i++) {
                float[] row = a[i];
                for (int c = 0; c < b; c++) {
                    t[c][i] = row[k0 + c];
                }
            }
            for (int c = 0; c < b; c++) {
                float[] tc = t[c];
                float[] lc = a[k0 + c];
                for (int q = 0; q < c; q++) {
                    float coef = lc[k0 + q];
                    float[] tq = t[q];
                    for (int i = from; i < to; i++) {
                        tc[i] -= coef * tq[i];
                    }
                }
                float inv = 1f / lc[k0 + c];
                for (int i = from; i < to; i++) {
                    tc[i] *= inv;
                }
            }
            for (int i = from; i < to; i++) {
                float[] row = a[i];
                for (int c = 0; c < b; c++) {
                    row[k0 + c] = t[c][i];
                }
            }
        });
    }

    private static void factorDiagonal(float[][] a, int k0, int b) {
        for (int j = 0; j < b; j++) {
            float[] rj = a[k0 + j];
            double d = rj[k0 + j];
            for (int q = 0; q < j; q++) {
                d -= (double) rj[k0 + q] * rj[k0 + q];
            }
            if (!(d > 0)) {
                throw new IllegalArgumentException("the matrix is not positive definite (pivot " + (k0 + j) + " is " + d + ")");
            }
            double l = Math.sqrt(d);
            rj[k0 + j] = (float) l;
            for (int i = j + 1; i < b; i++) {
                float[] ri = a[k0 + i];
                double s = ri[k0 + j];
                for (int q = 0; q < j; q++) {
                    s -= (double) ri[k0 + q] * rj[k0 + q];
                }
                ri[k0 + j] = (float) (s / l);
            }
        }
    }

    /**
     * c[i][j] -= sign · Σ_q t[q][i]·t[q][j] for from ≤ j ≤ i < to (a few entries just above the
     * diagonal get scratch values).
     */
    private static void syrk(float[][] c, float[][] t, int from, int to, float sign) {
        int groups = (to - from + 3) / 4;
        int depth = t.length;
        IntStream.range(0, groups).parallel().forEach(g -> {
            int i0 = from + 4 * g;
            int rows = Math.min(4, to - i0);
            float[][] coef = new float[4][depth];
            for (int r = 0; r < rows; r++) {
                for (int q = 0; q < depth; q++) {
                    coef[r][q] = sign * t[q][i0 + r];
                }
            }
            int jEnd = i0 + rows;
            for (int j0 = from; j0 < jEnd; j0 += STRIP) {
                int j1 = Math.min(jEnd, j0 + STRIP);
                if (rows == 4) {
                    kernel4(c[i0], c[i0 + 1], c[i0 + 2], c[i0 + 3], coef, 0, t, 0, depth, j0, j1);
                } else {
                    for (int r = 0; r < rows; r++) {
                        kernel1(c[i0 + r], coef[r], 0, t, 0, depth, j0, j1);
                    }
                }
            }
        });
    }

    /** w = L⁻¹ for the lower factor L held in a (w must be all zeros). */
    static void invertLower(float[][] a, float[][] w) {
        int n = a.length;
        for (int i = 0; i < n; i++) {
            w[i][i] = 1f;
        }
        for (int i0 = 0; i0 < n; i0 += BLOCK) {
            int start = i0;
            int end = Math.min(n, i0 + BLOCK);
            int strips = (end + STRIP - 1) / STRIP;
            IntStream.range(0, strips).parallel().forEach(s -> {
                int j0 = s * STRIP;
                int j1 = Math.min(end, j0 + STRIP);
                for (int k0 = j0; k0 < start; k0 += BLOCK) {
                    int k1 = Math.min(start, k0 + BLOCK);
                    int i = start;
                    for (; i + 4 <= end; i += 4) {
                        kernel4(w[i], w[i + 1], w[i + 2], w[i + 3], new float[][] {a[i], a[i + 1], a[i + 2], a[i + 3]}, 0, w, k0, k1, j0, j1);
                    }
                    for (; i < end; i++) {
                        kernel1(w[i], a[i], 0, w, k0, k1, j0, j1);
                    }
                }
                for (int i = start; i < end; i++) {
                    float[] wi = w[i];
                    float[] li = a[i];
                    for (int k = Math.max(start, j0); k < i; k++) {
                        float coef = li[k];
                        float[] wk = w[k];
                        for (int j = j0; j < j1; j++) {
                            wi[j] -= coef * wk[j];
                        }
                    }
                    float inv = 1f / li[i];
                    for (int j = j0; j < j1; j++) {
                        wi[j] *= inv;
                    }
                }
            });
        }
    }

    /** c_r[j] -= Σ_{k∈[k0,k1)} coef[r][k - off]·rows[k][j] for the four rows c0..c3, j ∈ [j0, j1). */
    private static void kernel4(float[] c0, float[] c1, float[] c2, float[] c3, float[][] coef, int off,
            float[][] rows, int k0, int k1, int j0, int j1) {
        float[] g0 = coef[0];
        float[] g1 = coef[1];
        float[] g2 = coef[2];
        float[] g3 = coef[3];
        for (int k = k0; k < k1; k++) {
            float a0 = g0[k - off];
            float a1 = g1[k - off];
            float a2 = g2[k - off];
            float a3 = g3[k - off];
            float[] r = rows[k];
            for (int j = j0; j < j1; j++) {
                float v = r[j];
                c0[j] -= a0 * v;
                c1[j] -= a1 * v;
                c2[j] -= a2 * v;
                c3[j] -= a3 * v;
            }
        }
    }

    private static void kernel1(float[] c, float[] g, int off, float[][] rows, int k0, int k1, int j0, int j1) {
        for (int k = k0; k < k1; k++) {
            float a = g[k - off];
            float[] r = rows[k];
            for (int j = j0; j < j1; j++) {
                c[j] -= a * r[j];
            }
        }
    }

    /** Copies the lower triangle onto the upper, in cache-sized tiles. */
    private static void mirrorLower(float[][] a) {
        int n = a.length;
        int tile = 64;
        int tiles = (n + tile - 1) / tile;
        IntStream.range(0, tiles).parallel().forEach(bi -> {
            int i0 = bi * tile;
            int i1 = Math.min(n, i0 + tile);
            for (int j0 = 0; j0 <= i0; j0 += tile) {
                int j1 = Math.min(n, j0 + tile);
                for (int i = i0; i < i1; i++) {
                    float[] ai = a[i];
                    for (int j = j0; j < Math.min(j1, i); j++) {
                        a[j][i] = ai[j];
                    }
                }
            }
        });
    }
}
