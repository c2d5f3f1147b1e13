package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.DType;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.Value;
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
        f.put("resize", Fn.arrayFunction("resize", List.of("a", "new_shape"), 2,
                (a, c) -> ArrayValue.wrap(ns.resize(Py.arrayLike(a[0], "resize"), Py.toShape(a[1])))));
    }
}
