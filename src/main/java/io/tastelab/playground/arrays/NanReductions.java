package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.BinaryOp;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.Value;
import java.util.List;
import java.util.Map;

/**
 * {@code nansum} and {@code nanmean} of {@code numpy} and {@code jax.numpy}, as both libraries write them: NaNs
 * replaced by 0 and summed; the mean divides that sum by the count of non-NaN values and keeps the sum's dtype
 * (NumPy divides in float64 and casts back, JAX in the float dtype; the quotient rounds the same). Integer and bool
 * arrays hold no NaN, so they are plain sum and mean. An all-NaN slice gives nan, as both do (NumPy also warns).
 */
final class NanReductions {

    private NanReductions() {
    }

    static void register(Map<String, Value> f, ArrayNamespace ns) {
        for (String name : List.of("nansum", "nanmean")) {
            f.put(name, Fn.arrayFunction(name, List.of("a", "axis", "dtype", "out", "keepdims"), 1, (a, c) -> {
                for (int slot : new int[] {2, 3}) {
                    if (a[slot] != null && a[slot] != NoneValue.INSTANCE) {
                        throw PlaygroundError.of("NotImplementedError", name + "(..., " + (slot == 2 ? "dtype" : "out")
                                + "=...) is not supported by the playground: cast the array or assign the result");
                    }
                }
                NdArray x = Py.asArray(ns, a[0], name);
                boolean keepdims = Py.toBool(a[4]);
                char kind = x.dtype().kind();
                if (kind != 'f' && kind != 'c') {
                    return ArrayValue.wrap(ArrayValue.reduce(ns, name.equals("nansum") ? "sum" : "mean", x, a[1],
                            keepdims));
                }
                NdArray nan = Py.guard(() -> ns.isnan(x));
                NdArray cleaned = Py.guard(() -> ns.where(nan, ns.zeros(new int[0], x.dtype()), x));
                NdArray total = ArrayValue.reduce(ns, "sum", cleaned, a[1], keepdims);
                if (name.equals("nansum")) {
                    return ArrayValue.wrap(total);
                }
                NdArray present = Py.guard(() -> ns.binary(BinaryOp.EQUAL, nan, false));
                NdArray count = ArrayValue.reduce(ns, "sum", present, a[1], keepdims);
                NdArray mean = Py.guard(() -> ns.divide(total, count).astype(total.dtype()));
                // a whole-array mean is a NumPy scalar (np.float64(1.75)), as the sum it divides
                return ArrayValue.wrap(total.isScalar() ? Py.guard(() -> ns.scalar(mean.item(), mean.dtype()))
                        : mean);
            }));
        }
    }
}
