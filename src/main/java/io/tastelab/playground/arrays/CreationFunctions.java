package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.DType;
import io.tastelab.array.Flavor;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** empty, empty_like, diag and resize of {@code numpy} and {@code jax.numpy}. */
final class CreationFunctions {

    private CreationFunctions() {
    }

    static void register(Map<String, Value> f, ArrayNamespace ns) {
        f.put("empty", Fn.arrayFunction("empty", List.of("shape", "dtype"), 1,
                (a, c) -> ArrayValue.wrap(ns.empty(Py.toShape(a[0]), Py.toDType(ns, a[1])))));
        f.put("empty_like", Fn.arrayFunction("empty_like", List.of("prototype", "dtype"), 1, (a, c) -> {
            NdArray x = Py.asArray(ns, a[0], "empty_like");
            DType d = Py.toDType(ns, a[1]);
            return ArrayValue.wrap(ns.empty(x.shape(), d == null ? x.dtype() : d));
        }));
        f.put("diag", Fn.arrayFunction("diag", List.of("v", "k"), 1,
                (a, c) -> ArrayValue.wrap(ns.diag(Py.arrayLike(a[0], "diag"), a[1] == null ? 0 : Py.toInt(a[1], "k")))));
        f.put("vander", Fn.arrayFunction("vander", List.of("x", "N", "increasing"), 1, (a, c) -> ArrayValue.wrap(
                vander(ns, Py.asArray(ns, a[0], "vander"), a[1] == null || a[1] == NoneValue.INSTANCE ? null
                        : Py.toInt(a[1], "N"), Py.toBool(a[2])))));
        f.put("resize", Fn.arrayFunction("resize", List.of("a", "new_shape"), 2,
                (a, c) -> ArrayValue.wrap(ns.resize(Py.arrayLike(a[0], "resize"), Py.toShape(a[1])))));
    }

    /**
     * {@code vander(x, N, increasing)}: column k holds x to the k-th power (last column first unless increasing),
     * each power the previous one times x, as NumPy's multiply.accumulate makes them.
     */
    static NdArray vander(ArrayNamespace ns, NdArray x, Integer n, boolean increasing) {
        if (x.ndim() != 1) {
            throw PlaygroundError.valueError("x must be a one-dimensional array or sequence.");
        }
        int columns = n == null ? x.shape()[0] : n;
        if (columns < 0) {
            throw PlaygroundError.valueError("negative dimensions are not allowed");
        }
        DType dtype = x.dtype().isFloat() ? x.dtype() : ns.flavor().defaultInt();
        if (ns.flavor() == Flavor.NUMPY) {
            dtype = io.tastelab.array.Promotion.numpyPromoteTypes(x.dtype(), DType.INT64);
        }
        NdArray base = x.astype(dtype);
        List<NdArray> powers = new ArrayList<>();
        NdArray power = ns.ones(x.shape(), dtype);
        for (int k = 0; k < columns; k++) {
            powers.add(power);
            power = ns.multiply(power, base);
        }
        if (!increasing) {
            java.util.Collections.reverse(powers);
        }
        if (powers.isEmpty()) {
            return ns.zeros(new int[] {x.shape()[0], 0}, dtype);
        }
        List<NdArray> stacked = powers;
        return Py.guard(() -> ns.stack(stacked, 1));
    }
}
