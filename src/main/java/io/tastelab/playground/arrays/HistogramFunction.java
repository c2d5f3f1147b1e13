package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.DType;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code np.histogram(a, bins=10, range=None, density=None)} as NumPy 2 computes it: equal bins between the data's
 * (or the range's) ends with edges from {@code linspace}, each value's bin found by NumPy's scaled index and its
 * one-step corrections against the edges, the last bin closed; given edges by a search; {@code density} as
 * {@code n / diff(edges) / n.sum()}. {@code weights} is refused by name.
 */
final class HistogramFunction {
    private static final ArrayNamespace NP = ArrayNamespace.NUMPY;

    private HistogramFunction() {
    }

    static Value histogram(Value[] a) {
        if (a[4] != null && a[4] != NoneValue.INSTANCE) {
            throw PlaygroundError.of("NotImplementedError", "histogram(weights=...) is not in the playground yet");
        }
        NdArray data = Py.asArray(NP, a[0], "histogram");
        double[] values = data.astype(DType.FLOAT64).toDoubleArray();
        DType edgeType = data.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        Value bins = a[1] == null ? IntValue.of(10) : a[1];
        double[] edges;
        NdArray edgeArray;
        long[] counts;
        if (bins instanceof IntValue) {
            int n = Py.toInt(bins, "bins");
            if (n < 1) {
                throw PlaygroundError.valueError("`bins` must be positive, when an integer");
            }
            double[] ends = outerEdges(values, a[2]);
            edgeArray = Py.guard(() -> NP.linspace(ends[0], ends[1], n + 1, true, edgeType));
            edges = edgeArray.astype(DType.FLOAT64).toDoubleArray();
            counts = equalBins(values, edges, n);
        } else {
            edgeArray = Py.asArray(NP, bins, "histogram");
            edges = edgeArray.astype(DType.FLOAT64).toDoubleArray();
            for (int i = 1; i < edges.length; i++) {
                if (edges[i] < edges[i - 1]) {
                    throw PlaygroundError.valueError("`bins` must increase monotonically, when an array");
                }
            }
            counts = givenBins(values, edges);
        }
        List<Object> items = new ArrayList<>();
        long total = 0;
        for (long c : counts) {
            items.add(c);
            total += c;
        }
        NdArray hist = NP.array(items, DType.INT64);
        if (a[3] != null && a[3].isTruthy()) {
            List<Object> density = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                density.add(counts[i] / (edges[i + 1] - edges[i]) / total);
            }
            hist = NP.array(density, DType.FLOAT64);
        }
        return new TupleValue(List.of(new ArrayValue(hist), new ArrayValue(edgeArray)));
    }

    /** _get_outer_edges: the range, or the data's min and max (0 and 1 when empty), widened by 0.5 when equal. */
    private static double[] outerEdges(double[] values, Value range) {
        double first;
        double last;
        if (range != null && range != NoneValue.INSTANCE) {
            List<Value> ends = ((io.tastelab.playground.interp.IterableValue) range).items();
            first = Py.toDouble(ends.get(0), "range");
            last = Py.toDouble(ends.get(1), "range");
            if (first > last) {
                throw PlaygroundError.valueError("max must be larger than min in range parameter.");
            }
            if (!Double.isFinite(first) || !Double.isFinite(last)) {
                throw PlaygroundError.valueError("supplied range of [" + new FloatValue(first).str() + ", "
                        + new FloatValue(last).str() + "] is not finite");
            }
        } else if (values.length == 0) {
            first = 0;
            last = 1;
        } else {
            first = Double.POSITIVE_INFINITY;
            last = Double.NEGATIVE_INFINITY;
            boolean nan = false;
            for (double v : values) {
                nan |= Double.isNaN(v);
                first = Math.min(first, v);
                last = Math.max(last, v);
            }
            if (nan) {
                first = Double.NaN;
                last = Double.NaN;
            }
            if (!Double.isFinite(first) || !Double.isFinite(last)) {
                throw PlaygroundError.valueError("autodetected range of [" + new FloatValue(first).str() + ", "
                        + new FloatValue(last).str() + "] is not finite");
            }
        }
        if (first == last) {
            first -= 0.5;
            last += 0.5;
        }
        return new double[] {first, last};
    }

    /** NumPy's fast path for equal bins: the scaled index, then one step down or up where the edges disagree. */
    private static long[] equalBins(double[] values, double[] edges, int n) {
        double first = edges[0];
        double last = edges[n];
        double denominator = last - first;
        long[] counts = new long[n];
        for (double v : values) {
            if (!(v >= first && v <= last)) {
                continue;
            }
            int index = (int) ((v - first) / denominator * n);
            if (index == n) {
                index--;
            }
            if (v < edges[index]) {
                index--;
            } else if (v >= edges[index + 1] && index != n - 1) {
                index++;
            }
            counts[index]++;
        }
        return counts;
    }

    /** Given edges: bin i holds edges[i] <= v < edges[i+1], the last bin closed on the right. */
    private static long[] givenBins(double[] values, double[] edges) {
        long[] counts = new long[Math.max(0, edges.length - 1)];
        for (double v : values) {
            if (counts.length == 0 || !(v >= edges[0] && v <= edges[edges.length - 1])) {
                continue;
            }
            int lo = 0;
            int hi = edges.length;
            while (lo < hi) { // the first edge above v
                int mid = (lo + hi) >>> 1;
                if (edges[mid] <= v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            counts[Math.min(lo - 1, counts.length - 1)]++;
        }
        return counts;
    }
}
