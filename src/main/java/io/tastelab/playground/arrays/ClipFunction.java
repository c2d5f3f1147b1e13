package io.tastelab.playground.arrays;

import io.tastelab.array.Flavor;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.ModuleValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.Value;
import java.util.List;

/**
 * {@code np.clip} and {@code jnp.clip}: {@code minimum(maximum(a, min), max)}, which is how both libraries define it
 * (NumPy's clip ufunc, JAX's source), a bound of None left out. Built on the module's own {@code maximum} and
 * {@code minimum}, so promotion, scalars, lists and tracing are theirs. NumPy takes the bounds as {@code a_min},
 * {@code a_max} or NumPy 2's {@code min=}, {@code max=}; JAX as {@code min}, {@code max}.
 */
final class ClipFunction {

    private ClipFunction() {
    }

    static void install(ModuleValue module, Flavor flavor) {
        List<String> parameters = flavor == Flavor.NUMPY ? List.of("a", "a_min", "a_max", "out", "*", "min", "max")
                : List.of("arr", "min", "max");
        io.tastelab.playground.interp.BuiltinFunction clip = Fn.function("clip", parameters, 1, (a, c) -> {
            Value low = a[1];
            Value high = a[2];
            if (flavor == Flavor.NUMPY) {
                if (a[3] != null && a[3] != NoneValue.INSTANCE) {
                    throw PlaygroundError.of("NotImplementedError", "np.clip(..., out=...) is not supported by the "
                            + "playground: assign the result instead");
                }
                low = either(low, a[5], "a_min", "min");
                high = either(high, a[6], "a_max", "max");
            }
            return clip(module, a[0], low, high, c);
        });
        // jnp.clip refuses lists and tuples as jax.numpy's other functions do
        module.setAttribute("clip", flavor == Flavor.JAX ? ArrayLikeCheck.wrap(clip) : clip);
    }

    private static Value either(Value positional, Value keyword, String oldName, String newName) {
        if (positional != null && keyword != null) {
            throw PlaygroundError.typeError("clip() got both '" + oldName + "' and '" + newName + "'");
        }
        return positional != null ? positional : keyword;
    }

    /** {@code minimum(maximum(a, low), high)} with the module's functions; bounds that are None are skipped. */
    static Value clip(ModuleValue module, Value a, Value low, Value high, CallContext context) {
        Value result = context.call(module.getAttribute("asarray"), Arguments.of(a));
        if (low != null && low != NoneValue.INSTANCE) {
            result = context.call(module.getAttribute("maximum"), Arguments.of(result, low));
        }
        if (high != null && high != NoneValue.INSTANCE) {
            result = context.call(module.getAttribute("minimum"), Arguments.of(result, high));
        }
        return result;
    }
}
