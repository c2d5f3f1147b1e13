package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.DType;
import io.tastelab.array.LinearSystems;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.ModuleValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code numpy.linalg} as the quickstart uses it: {@code inv}, {@code det}, {@code solve}, {@code norm} (the
 * 2-norm of the flattened array), {@code matrix_power}; and {@code np.trace}. Eigenvalues are left out: real
 * matrices have complex ones, which the playground's arrays do not hold.
 */
final class LinalgModule {

    private LinalgModule() {
    }

    static void register(Map<String, Value> numpy, ArrayNamespace ns) {
        Map<String, Value> f = new LinkedHashMap<>();
        f.put("inv", Fn.arrayFunction("inv", List.of("a"), 1,
                (a, c) -> ArrayValue.wrap(LinearSystems.inv(Py.asArray(ns, a[0], "inv")))));
        f.put("det", Fn.arrayFunction("det", List.of("a"), 1,
                (a, c) -> ArrayValue.wrap(LinearSystems.det(Py.asArray(ns, a[0], "det")))));
        f.put("solve", Fn.arrayFunction("solve", List.of("a", "b"), 2, (a, c) -> ArrayValue.wrap(
                LinearSystems.solve(Py.asArray(ns, a[0], "solve"), Py.asArray(ns, a[1], "solve")))));
        f.put("norm", Fn.arrayFunction("norm", List.of("x", "ord", "axis", "keepdims"), 1, (a, c) -> {
            for (int k = 1; k < 4; k++) {
                if (a[k] != null && a[k] != NoneValue.INSTANCE && !(k == 3 && !a[k].isTruthy())) {
                    throw PlaygroundError.valueError("norm(): the playground computes the default norm (the 2-norm "
                            + "of the flattened array) only");
                }
            }
            return ArrayValue.wrap(norm(ns, Py.asArray(ns, a[0], "norm")));
        }));
        f.put("matrix_power", Fn.arrayFunction("matrix_power", List.of("a", "n"), 2,
                (a, c) -> ArrayValue.wrap(matrixPower(ns, Py.asArray(ns, a[0], "matrix_power"), a[1]))));
        f.put("__name__", new StrValue("numpy.linalg"));
        numpy.put("linalg", new ModuleValue("numpy.linalg", f));
        numpy.put("trace", Fn.arrayFunction("trace", List.of("a"), 1, (a, c) -> {
            NdArray x = Py.asArray(ns, a[0], "trace");
            if (x.ndim() != 2) {
                throw PlaygroundError.valueError("trace(): the playground takes the trace of a 2-D array");
            }
            return ArrayValue.wrap(ns.sum(ns.diag(x, 0), null, false));
        }));
    }

    /**
     * sqrt(x . x) over the flattened array, summed in order, in float64 (float32 for float32 input); a complex x
     * as NumPy: sqrt(re . re + im . im), in its part type.
     */
    static NdArray norm(ArrayNamespace ns, NdArray x) {
        if (x.dtype().isComplex()) {
            NdArray real = ns.real(x).ravel();
            NdArray imag = ns.imag(x).ravel();
            return ns.sqrt(ns.add(ns.dot(real, real), ns.dot(imag, imag)));
        }
        DType dtype = x.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        NdArray flat = x.astype(dtype).ravel();
        return ns.sqrt(ns.dot(flat, flat));
    }

    /** NumPy's binary powering: z, z@z, ... multiplied into the result where n has a 1 bit. */
    static NdArray matrixPower(ArrayNamespace ns, NdArray a, Value exponent) {
        if (!(exponent instanceof io.tastelab.playground.interp.IntValue)) {
            throw PlaygroundError.typeError("exponent must be an integer");
        }
        long n = Py.toLong(exponent, "n");
        if (a.ndim() < 2 || a.shape()[a.ndim() - 1] != a.shape()[a.ndim() - 2]) {
            throw PlaygroundError.of("LinAlgError", a.ndim() < 2 ? a.ndim() + "-dimensional array given. Array "
                    + "must be at least two-dimensional" : "Last 2 dimensions of the array must be square");
        }
        if (n == 0) {
            NdArray identity = ns.eye(a.shape()[0], null, 0, a.dtype());
            return identity;
        }
        NdArray z = n < 0 ? LinearSystems.inv(a) : a;
        n = Math.abs(n);
        if (n == 1) {
            return z.copy();
        }
        NdArray result = null;
        boolean first = true;
        while (n > 0) {
            z = first ? z : ns.matmul(z, z);
            first = false;
            if ((n & 1) == 1) {
                result = result == null ? z : ns.matmul(result, z);
            }
            n >>= 1;
        }
        return result;
    }
}
