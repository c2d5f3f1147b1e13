package io.tastelab.array;

/**
 * {@code np.linalg.det}, {@code inv} and {@code solve} for one square float64 matrix, the way LAPACK's dgesv and
 * dgetrf work: LU with partial pivoting (the first largest magnitude in the column), the column below the pivot
 * scaled by the pivot's reciprocal, then forward and back substitution. Integer and bool matrices compute in
 * float64, as NumPy's do; float32 ones in float64 rounded at the end. OpenBLAS's kernels order and fuse the
 * operations differently, so an element of inv or solve may differ from NumPy's in its last bit (it prints the
 * same at NumPy's 8 digits); det is NumPy's sign * exp(sum of log|u_ii|) and matches bit for bit where the
 * factors do.
 */
public final class LinearSystems {

    private LinearSystems() {
    }

    /** The LU factors of a square matrix in place, with row swaps; null pivots mean "singular". */
    private record Lu(double[][] lu, int[] pivots, boolean singular, int swaps) {
    }

    private static double[][] square(NdArray a, String function) {
        if (a.ndim() < 2) {
            throw new ArrayLinAlgError(a.ndim() + "-dimensional array given. Array must be at least two-dimensional");
        }
        if (a.ndim() > 2) {
            throw new ArrayValueError(function + "(): the playground solves one matrix at a time, not a stack of "
                    + a.shape[0] + " (shape " + a.shapeString() + ")");
        }
        if (a.shape[0] != a.shape[1]) {
            throw new ArrayLinAlgError("Last 2 dimensions of the array must be square");
        }
        int n = a.shape[0];
        double[][] m = new double[n][n];
        long k = 0;
        long[] offs = a.offsets();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = a.readDouble(offs[(int) k++]);
            }
        }
        return m;
    }

    private static Lu factor(double[][] m) {
        int n = m.length;
        int[] pivots = new int[n];
        boolean singular = false;
        int swaps = 0;
        for (int j = 0; j < n; j++) {
            int p = j;
            for (int i = j + 1; i < n; i++) {
                if (Math.abs(m[i][j]) > Math.abs(m[p][j])) {
                    p = i;
                }
            }
            pivots[j] = p;
            if (p != j) {
                double[] row = m[p];
                m[p] = m[j];
                m[j] = row;
                swaps++;
            }
            if (m[j][j] == 0) {
                singular = true;
                continue;
            }
            double reciprocal = 1.0 / m[j][j];
            for (int i = j + 1; i < n; i++) {
                m[i][j] *= reciprocal;
            }
            for (int i = j + 1; i < n; i++) {
                for (int k = j + 1; k < n; k++) {
                    m[i][k] -= m[i][j] * m[j][k];
                }
            }
        }
        return new Lu(m, pivots, singular, swaps);
    }

    private static DType resultType(NdArray a) {
        return a.dtype == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
    }

    /** {@code np.linalg.det(a)}: the product of U's diagonal, negated for an odd number of row swaps. */
    public static NdArray det(NdArray a) {
        Lu lu = factor(square(a, "det"));
        // NumPy's det is sign * exp(logdet), summing log|u_ii| (numpy/linalg/umath_linalg.cpp)
        double sign = lu.swaps % 2 == 1 ? -1.0 : 1.0;
        double logdet = 0;
        for (int i = 0; i < lu.lu.length; i++) {
            double u = lu.lu[i][i];
            sign *= u < 0 ? -1 : u == 0 ? 0 : 1;
            logdet += Math.log(Math.abs(u));
        }
        double det = sign * Math.exp(logdet);
        NdArray out = NdArray.zeros(a.flavor, resultType(a), new int[0]);
        out.writeDouble(0, det);
        return out.withScalar(a.flavor == Flavor.NUMPY);
    }

    /** {@code np.linalg.inv(a)}: solve(a, identity). */
    public static NdArray inv(NdArray a) {
        double[][] m = square(a, "inv");
        int n = m.length;
        double[][] identity = new double[n][n];
        for (int i = 0; i < n; i++) {
            identity[i][i] = 1;
        }
        return toArray(a.flavor, resultType(a), solveColumns(m, identity), new int[] {n, n});
    }

    /** {@code np.linalg.solve(a, b)} for b a vector or a matrix of right-hand sides. */
    public static NdArray solve(NdArray a, NdArray b) {
        double[][] m = square(a, "solve");
        int n = m.length;
        boolean vector = b.ndim() == 1;
        if (b.ndim() > 2 || b.shape[0] != n) {
            throw new ArrayValueError("solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
                    + "signature (m,m),(m)->(m) (size " + b.shape[0] + " is different from " + n + ")");
        }
        int columns = vector ? 1 : b.shape[1];
        double[][] rhs = new double[n][columns];
        long[] offs = b.offsets();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < columns; j++) {
                rhs[i][j] = b.readDouble(offs[i * columns + j]);
            }
        }
        double[][] x = solveColumns(m, rhs);
        DType dtype = a.dtype == DType.FLOAT32 && b.dtype == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        return toArray(a.flavor, dtype, x, vector ? new int[] {n} : new int[] {n, columns});
    }

    private static double[][] solveColumns(double[][] m, double[][] rhs) {
        Lu lu = factor(m);
        if (lu.singular) {
            throw new ArrayLinAlgError("Singular matrix");
        }
        int n = m.length;
        int columns = rhs[0].length;
        for (int j = 0; j < n; j++) {
            int p = lu.pivots[j];
            if (p != j) {
                double[] row = rhs[p];
                rhs[p] = rhs[j];
                rhs[j] = row;
            }
        }
        double[][] u = lu.lu;
        for (int c = 0; c < columns; c++) {
            for (int k = 0; k < n; k++) { // L y = b, unit diagonal
                double v = rhs[k][c];
                if (v != 0) {
                    for (int i = k + 1; i < n; i++) {
                        rhs[i][c] -= v * u[i][k];
                    }
                }
            }
            for (int k = n - 1; k >= 0; k--) { // U x = y
                if (rhs[k][c] != 0) {
                    rhs[k][c] /= u[k][k];
                    double v = rhs[k][c];
                    for (int i = 0; i < k; i++) {
                        rhs[i][c] -= v * u[i][k];
                    }
                }
            }
        }
        return rhs;
    }

    private static NdArray toArray(Flavor flavor, DType dtype, double[][] values, int[] shape) {
        NdArray out = NdArray.zeros(flavor, dtype, shape);
        long k = 0;
        for (double[] row : values) {
            for (double v : row) {
                out.writeDouble(k++, v);
            }
        }
        return out;
    }
}
