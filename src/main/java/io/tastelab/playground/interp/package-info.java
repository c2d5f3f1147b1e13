/**
 * The playground's interpreter: an {@link io.tastelab.playground.interp.Interpreter} session runs cells
 * parsed by {@code io.tastelab.playground.lang} and returns a {@link io.tastelab.playground.interp.CellResult}
 * with one {@link io.tastelab.playground.interp.StatementOutput} per statement (printed text, the shown value,
 * a {@link io.tastelab.playground.interp.PlaygroundError}, a {@code %timeit} report).
 *
 * <h2>Plugging in arrays</h2>
 * An array kind implements {@link io.tastelab.playground.interp.Value} and the capabilities it has:
 * <ul>
 *   <li>{@link io.tastelab.playground.interp.OperatorDispatch}: {@code + - * / // % ** @ & | ^ << >>} in both
 *       directions (return {@link io.tastelab.playground.interp.NotImplementedValue#INSTANCE} to decline),
 *       in-place {@code +=} (NumPy arrays mutate, JAX arrays decline), elementwise comparisons, unary
 *       operators, {@code abs}, {@code in};</li>
 *   <li>{@link io.tastelab.playground.interp.SubscriptDispatch}: {@code x[...]} and {@code x[...] = v}; the
 *       index arrives as ints, {@link io.tastelab.playground.interp.SliceValue} (see {@code indices(length)}),
 *       {@link io.tastelab.playground.interp.EllipsisValue}, {@link io.tastelab.playground.interp.NoneValue}
 *       (newaxis), lists, arrays, or a {@link io.tastelab.playground.interp.TupleValue} of these;</li>
 *   <li>{@link io.tastelab.playground.interp.AttributeDispatch}: {@code x.shape}, {@code x.T}, methods as
 *       {@link io.tastelab.playground.interp.BuiltinFunction}s bound to the array, {@code x.at};</li>
 *   <li>{@link io.tastelab.playground.interp.IterableValue} (unpacking, {@code len}),
 *       {@link io.tastelab.playground.interp.IndexValue} and
 *       {@link io.tastelab.playground.interp.ScalarConvertible} for scalars,
 *       {@link io.tastelab.playground.interp.ReadyAwaitable} for {@code %timeit}.</li>
 * </ul>
 * Modules ({@code numpy}, {@code jax}, {@code jax.numpy}, {@code jax.random}) come from a
 * {@link io.tastelab.playground.interp.ModuleProvider}, usually as {@link io.tastelab.playground.interp.ModuleValue}s
 * of {@link io.tastelab.playground.interp.BuiltinFunction}s; {@link io.tastelab.playground.interp.Arguments#bind}
 * matches arguments with Python's rules and messages, and the
 * {@link io.tastelab.playground.interp.CallContext} lets a function call back into user code (as
 * {@code jax.jit} must), print, check the budget, and read the limits (including the array size limit).
 * Errors are thrown as {@link io.tastelab.playground.interp.PlaygroundError}s without a position; the interpreter
 * adds it.
 */
package io.tastelab.playground.interp;
