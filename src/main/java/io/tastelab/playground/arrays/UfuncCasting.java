package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.Casting;
import io.tastelab.array.DType;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.Value;

/**
 * A NumPy ufunc's {@code dtype=} argument ({@code np.power(a, 2, dtype=float)}): every input is cast to that dtype
 * under the 'same_kind' rule before the loop runs, so the computation happens in it.
 */
final class UfuncCasting {
    private UfuncCasting() {
    }

    /** Input {@code index} of ufunc {@code name}, cast to {@code dtype} when one is given. */
    static Object operand(ArrayNamespace ns, Value value, Value dtype, String name, int index) {
        Object input = Py.arrayLike(value, name);
        if (dtype == null || dtype == NoneValue.INSTANCE) {
            return input;
        }
        DType target = ArrayValue.requireDType(ns, dtype);
        NdArray array = Py.asArray(ns, value, name);
        if (!Casting.canCast(array.dtype(), target, "same_kind")) {
            throw PlaygroundError.of("UFuncTypeError", "Cannot cast ufunc '" + name + "' input " + index
                    + " from " + array.dtype().pythonRepr() + " to " + target.pythonRepr()
                    + " with casting rule 'same_kind'");
        }
        return Py.guard(() -> array.astype(target));
    }

    /**
     * The ufuncs whose loops are all inexact (exp, log1p, ..., logaddexp's float-only ones): a {@code dtype=}
     * outside them has no loop, as NumPy says.
     */
    static void requireInexactLoop(ArrayNamespace ns, Value dtype, String name, boolean complexLoops) {
        if (dtype == null || dtype == NoneValue.INSTANCE) {
            return;
        }
        DType target = ArrayValue.requireDType(ns, dtype);
        if (!target.isFloat() && !(complexLoops && target.isComplex())) {
            throw PlaygroundError.typeError("No loop matching the specified signature and casting was found for "
                    + "ufunc " + name);
        }
    }
}
