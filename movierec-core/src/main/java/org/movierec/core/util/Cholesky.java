package org.movierec.core.util;

/**
 * Dense Cholesky factorisation and triangular solves for small symmetric positive definite systems
 * (normal equations, posterior precisions). Matrices are row-major {@code double[d*d]}; only the
 * lower triangle is read and written.
 */
public final class Cholesky {
    private Cholesky() {
    }

    /**
     * Replaces the lower triangle of the symmetric positive definite matrix a by L with a = L Lᵀ.
     *
     * @throws ArithmeticException if a is not positive definite
     */
    public static void decompose(double[] a, int d) {
        for (int j = 0; j < d; j++) {
            int rowJ = j * d;
            double s = a[rowJ + j];
            for (int m = 0; m < j; m++) {
                s -= a[rowJ + m] * a[rowJ + m];
            }
            if (!(s > 0)) {
                throw new ArithmeticException("matrix is not positive definite (pivot " + j + " is " + s + ")");
            }
            double l = Math.sqrt(s);
            a[rowJ + j] = l;
            for (int i = j + 1; i < d; i++) {
                int rowI = i * d;
                double t = a[rowI + j];
                for (int m = 0; m < j; m++) {
                    t -= a[rowI + m] * a[rowJ + m];
                }
                a[rowI + j] = t / l;
            }
        }
    }

    /** Solves L y = b in place (b becomes y), L the factor written by {@link #decompose}. */
    public static void forward(double[] l, int d, double[] b) {
        for (int i = 0; i < d; i++) {
            int row = i * d;
            double t = b[i];
            for (int m = 0; m < i; m++) {
                t -= l[row + m] * b[m];
            }
            b[i] = t / l[row + i];
        }
    }

    /** Solves Lᵀ x = y in place (y becomes x). */
    public static void backward(double[] l, int d, double[] y) {
        for (int i = d - 1; i >= 0; i--) {
            double t = y[i];
            for (int m = i + 1; m < d; m++) {
                t -= l[m * d + i] * y[m];
            }
            y[i] = t / l[i * d + i];
        }
    }

    /** Solves a x = b in place (b becomes x); a is overwritten by its Cholesky factor. */
    public static void solve(double[] a, int d, double[] b) {
        decompose(a, d);
        forward(a, d, b);
        backward(a, d, b);
    }
}
