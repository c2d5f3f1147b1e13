package io.tastelab.engine.models;

/**
 * The little dense linear algebra the factor models need, over row-major primitive arrays: factor rows
 * of length {@code f} stored back to back in one {@code float[]}, small {@code f × f} systems in
 * {@code double[]}. Pure functions (no state); callers own every array they pass.
 */
final class SmallDense {

    private SmallDense() {
    }

    /** Dot product of row {@code a} of {@code x} and row {@code b} of {@code y}, both of length f. */
    static double dot(float[] x, int a, float[] y, int b, int f) {
        int xa = a * f;
        int yb = b * f;
        double sum = 0;
        for (int k = 0; k < f; k++) {
            sum += x[xa + k] * y[yb + k];
        }
        return sum;
    }

    /** Dot product of a dense vector with row {@code b} of {@code y}. */
    static double dot(double[] v, float[] y, int b, int f) {
        int yb = b * f;
        double sum = 0;
        for (int k = 0; k < f; k++) {
            sum += v[k] * y[yb + k];
        }
        return sum;
    }

    static double dot(double[] a, double[] b, int f) {
        double sum = 0;
        for (int k = 0; k < f; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }

    /** {@code out += scale × row b of y}. */
    static void axpy(double scale, float[] y, int b, double[] out, int f) {
        int yb = b * f;
        for (int k = 0; k < f; k++) {
            out[k] += scale * y[yb + k];
        }
    }

    /** {@code out = m × v} for a square f × f matrix. */
    static void multiply(double[] m, double[] v, double[] out, int f) {
        for (int r = 0; r < f; r++) {
            double sum = 0;
            int row = r * f;
            for (int c = 0; c < f; c++) {
                sum += m[row + c] * v[c];
            }
            out[r] = sum;
        }
    }

    /** The Gram matrix {@code YᵀY} (f × f) of {@code rows} factor rows. */
    static double[] gramian(float[] y, int rows, int f) {
        return gramian(y, rows, f, null);
    }

    /**
     * YᵀY summed over the rows in the order {@code visit} lists them ({@code null}: 0, 1, 2, …), so a table whose
     * rows were relabelled gives the same doubles as the table in its first order.
     */
    static double[] gramian(float[] y, int rows, int f, int[] visit) {
        double[] g = new double[f * f];
        double[] row = new double[f];
        for (int v = 0; v < rows; v++) {
            int base = (visit == null ? v : visit[v]) * f;
            for (int k = 0; k < f; k++) {
                row[k] = y[base + k];
            }
            for (int a = 0; a < f; a++) {
                double ya = row[a];
                if (ya == 0) {
                    continue;
                }
                int ga = a * f;
                for (int b = a; b < f; b++) {
                    g[ga + b] += ya * row[b];
                }
            }
        }
        for (int a = 0; a < f; a++) {
            for (int b = 0; b < a; b++) {
                g[a * f + b] = g[b * f + a];
            }
        }
        return g;
    }

    /**
     * Solves {@code A x = b} for a symmetric positive definite {@code A} (f × f, overwritten by its Cholesky
     * factor) and writes x into {@code b}.
     *
     * @throws ArithmeticException when A is not positive definite
     */
    static void choleskySolve(double[] a, double[] b, int f) {
        for (int j = 0; j < f; j++) {
            int rowJ = j * f;
            double diagonal = a[rowJ + j];
            for (int k = 0; k < j; k++) {
                diagonal -= a[rowJ + k] * a[rowJ + k];
            }
            if (!(diagonal > 0)) {
                throw new ArithmeticException("matrix is not positive definite");
            }
            double l = Math.sqrt(diagonal);
            a[rowJ + j] = l;
            for (int i = j + 1; i < f; i++) {
                int rowI = i * f;
                double sum = a[rowI + j];
                for (int k = 0; k < j; k++) {
                    sum -= a[rowI + k] * a[rowJ + k];
                }
                a[rowI + j] = sum / l;
            }
        }
        // Forward: L y = b.
        for (int i = 0; i < f; i++) {
            double sum = b[i];
            int rowI = i * f;
            for (int k = 0; k < i; k++) {
                sum -= a[rowI + k] * b[k];
            }
            b[i] = sum / a[rowI + i];
        }
        // Backward: Lᵀ x = y.
        for (int i = f - 1; i >= 0; i--) {
            double sum = b[i];
            for (int k = i + 1; k < f; k++) {
                sum -= a[k * f + i] * b[k];
            }
            b[i] = sum / a[i * f + i];
        }
    }

    /**
     * Dot product of {@code a[aOffset ..]} and {@code b[bOffset ..]} over f values, in float with four
     * independent accumulators (so the CPU can overlap the additions; the order of summation differs from a
     * plain loop by rounding only).
     */
    static float dotAt(float[] a, int aOffset, float[] b, int bOffset, int f) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int k = 0;
        for (; k + 3 < f; k += 4) {
            s0 += a[aOffset + k] * b[bOffset + k];
            s1 += a[aOffset + k + 1] * b[bOffset + k + 1];
            s2 += a[aOffset + k + 2] * b[bOffset + k + 2];
            s3 += a[aOffset + k + 3] * b[bOffset + k + 3];
        }
        for (; k < f; k++) {
            s0 += a[aOffset + k] * b[bOffset + k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code out[0 .. f) += scale × y[offset ..]}, in float (the loop vectorizes). */
    static void axpyAt(float scale, float[] y, int offset, float[] out, int f) {
        for (int k = 0; k < f; k++) {
            out[k] += scale * y[offset + k];
        }
    }

    /** {@code out = m × v} for a square f × f float matrix. */
    static void multiply(float[] m, float[] v, float[] out, int f) {
        for (int r = 0; r < f; r++) {
            out[r] = dotAt(m, r * f, v, 0, f);
        }
    }
}
