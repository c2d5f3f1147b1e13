package io.tastelab.playground.arrays;

import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JAX's {@code check_arraylike}: jax.numpy's ufuncs, reductions and array functions refuse a Python list or
 * tuple where an array goes ({@code jnp.sum([1, 2, 3])} raises TypeError), where NumPy converts it. Creation
 * functions ({@code jnp.array}, {@code jnp.asarray}, ...) and shape, axis or index arguments are not checked.
 */
final class ArrayLikeCheck {

    /** The functions checked, each with how many leading positional arguments are arrays. */
    private static final Map<String, Integer> ARRAY_ARGUMENTS = arrayArguments();

    private ArrayLikeCheck() {
    }

    private static Map<String, Integer> arrayArguments() {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (String name : Set.of("sum", "prod", "mean", "max", "min", "amax", "amin", "argmax", "argmin", "std",
                "var", "cumsum", "cumprod", "all", "any", "exp", "log", "sqrt", "abs", "absolute", "sin", "cos",
                "tan", "tanh", "negative", "square", "sign", "floor", "ceil", "log1p", "expm1", "exp2", "log2",
                "log10", "isnan", "isinf", "isfinite", "reciprocal", "transpose", "reshape", "ravel", "clip", "sort",
                "argsort", "zeros_like", "ones_like", "full_like", "logical_not", "tile", "repeat", "roll", "diff",
                "tril", "triu", "nansum", "nanmean", "nanmax", "nanmin", "nanargmax", "nanargmin", "pad")) {
            counts.put(name, 1);
        }
        for (String name : Set.of("add", "subtract", "multiply", "divide", "true_divide", "floor_divide", "power",
                "maximum", "minimum", "mod", "remainder", "equal", "not_equal", "less", "less_equal", "greater",
                "greater_equal", "logical_and", "logical_or", "logical_xor", "dot", "matmul", "isclose", "allclose",
                "vdot", "inner", "outer", "logaddexp", "take")) {
            counts.put(name, 2);
        }
        counts.put("where", 3);
        return Map.copyOf(counts);
    }

    /** {@code function} checked as jax.numpy checks it, or as it is when jax.numpy does not check it. */
    static BuiltinFunction wrap(BuiltinFunction function) {
        Integer count = ARRAY_ARGUMENTS.get(function.name());
        if (count == null) {
            return function;
        }
        return new BuiltinFunction(function.name(), (arguments, context) -> {
            List<Value> positional = arguments.positional();
            for (int i = 0; i < Math.min(count, positional.size()); i++) {
                Value argument = positional.get(i);
                if (argument instanceof ListValue || argument instanceof TupleValue) {
                    throw PlaygroundError.typeError(function.name() + " requires ndarray or scalar arguments, got "
                            + "<class '" + argument.typeName() + "'> at position " + i + ".");
                }
            }
            return function.call(arguments, context);
        }, function.owner(), function.keepsArguments());
    }
}
