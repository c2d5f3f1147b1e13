package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.DType;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.Value;

/**
 * {@code choice(..., p=...)} for both {@code RandomState} and {@code Generator}: p checked as NumPy checks it
 * (Kahan sum within sqrt(eps) of 1, float32 p allowed its own eps), its cumulative distribution and the
 * {@code searchsorted(side='right')} that turns a uniform draw into an index. The two classes word their errors
 * differently, as NumPy does.
 */
final class ChoiceProbabilities {
    private ChoiceProbabilities() {
    }

    /** p as doubles, checked; {@code generator} picks Generator's wording of the errors over RandomState's. */
    static double[] checked(Value value, long populationSize, boolean generator) {
        NdArray array = Py.realFloat64(Py.asArray(ArrayNamespace.NUMPY, value, "choice"));
        if (array.ndim() != 1) {
            throw PlaygroundError.valueError(generator ? "p must be 1-dimensional" : "'p' must be 1-dimensional");
        }
        if (array.size() != populationSize) {
            throw PlaygroundError.valueError(generator ? "a and p must have same size"
                    : "'a' and 'p' must have same size");
        }
        double[] p = array.toDoubleArray();
        double sum = kahanSum(p);
        if (Double.isNaN(sum)) {
            throw PlaygroundError.valueError(generator ? "Probabilities contain NaN" : "probabilities contain NaN");
        }
        for (double v : p) {
            if (v < 0) {
                throw PlaygroundError.valueError(generator ? "Probabilities are not non-negative"
                        : "probabilities are not non-negative");
            }
        }
        double atol = Math.sqrt(Math.ulp(1.0));
        if (value instanceof ArrayValue given && given.array().dtype() == DType.FLOAT32) {
            atol = Math.max(atol, Math.sqrt(Math.ulp(1.0f)));
        }
        if (Math.abs(sum - 1.0) > atol) {
            throw PlaygroundError.valueError(generator
                    ? "Probabilities do not sum to 1. See Notes section of docstring for more information."
                    : "probabilities do not sum to 1");
        }
        return p;
    }

    private static double kahanSum(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double sum = values[0];
        double compensation = 0;
        for (int i = 1; i < values.length; i++) {
            double y = values[i] - compensation;
            double t = sum + y;
            compensation = (t - sum) - y;
            sum = t;
        }
        return sum;
    }

    /** cumsum(p) / cumsum(p)[-1]. */
    static double[] cumulative(double[] p) {
        double[] cdf = new double[p.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += p[i];
            cdf[i] = sum;
        }
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    /** searchsorted(cdf, u, side='right'): the first position whose value exceeds u. */
    static long searchRight(double[] cdf, double u) {
        int lo = 0;
        int hi = cdf.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] <= u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
