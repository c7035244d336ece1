package org.movierec.core.algo.mf;

/**
 * Small dense kernels on factor rows stored in flat row-major {@code float[]} arrays (row r of a
 * k-column matrix starts at r * k). Hot loops work on rows copied into scratch arrays at index 0: the JIT (C2 on Java 17)
 * vectorises loops over two arrays only when both are indexed alike, since it cannot rule out that
 * two float[] rows at different offsets are the same array.
 */
final class Dense {
    private Dense() {
    }

    /** Dot product of a[ao..ao+n) and b[bo..bo+n), with four partial sums. */
    static float dot(float[] a, int ao, float[] b, int bo, int n) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int f = 0;
        for (; f + 3 < n; f += 4) {
            s0 += a[ao + f] * b[bo + f];
            s1 += a[ao + f + 1] * b[bo + f + 1];
            s2 += a[ao + f + 2] * b[bo + f + 2];
            s3 += a[ao + f + 3] * b[bo + f + 3];
        }
        for (; f < n; f++) {
            s0 += a[ao + f] * b[bo + f];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Dot product of a[0..n) and b[0..n), with eight partial sums. */
    static float dot(float[] a, float[] b, int n) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        int f = 0;
        for (; f + 7 < n; f += 8) {
            s0 += a[f] * b[f];
            s1 += a[f + 1] * b[f + 1];
            s2 += a[f + 2] * b[f + 2];
            s3 += a[f + 3] * b[f + 3];
            s4 += a[f + 4] * b[f + 4];
            s5 += a[f + 5] * b[f + 5];
            s6 += a[f + 6] * b[f + 6];
            s7 += a[f + 7] * b[f + 7];
        }
        for (; f < n; f++) {
            s0 += a[f] * b[f];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** Dot product of a[ao..ao+n) and the whole of b (b.length == n). */
    static float dot(float[] a, int ao, float[] b) {
        return dot(a, ao, b, 0, b.length);
    }

    /**
     * One SGD step on a user row p[0..n) and an item row q[0..n) for the error e of their product:
     * p += lr (e q - reg p) and q += lr (e p - reg q), both from the old values.
     */
    static void sgdStep(float[] p, float[] q, int n, float lrErr, float decay) {
        for (int f = 0; f < n; f++) {
            float pf = p[f];
            float qf = q[f];
            p[f] = decay * pf + lrErr * qf;
            q[f] = decay * qf + lrErr * pf;
        }
    }

    /** y[yo..yo+n) += a * x[xo..xo+n). */
    static void axpy(float a, float[] x, int xo, float[] y, int yo, int n) {
        for (int f = 0; f < n; f++) {
            y[yo + f] += a * x[xo + f];
        }
    }
}
