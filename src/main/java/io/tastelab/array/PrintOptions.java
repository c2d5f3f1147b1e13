package io.tastelab.array;

import java.util.List;

/**
 * NumPy's print options ({@code np.set_printoptions}): how many digits a float shows, when an array is summarized
 * with "...", how wide a line is, whether small numbers avoid scientific notation, and the float mode. JAX prints
 * through NumPy's options too. Immutable.
 *
 * <p>The options belong to a playground session; the session makes its options the {@link #current() current}
 * ones while its statements run and while their output is shown (one session runs at a time), so that one session
 * or test never prints with another's options.
 *
 * @param precision digits after the point (maxprec: at most; fixed: exactly)
 * @param threshold arrays with more elements are summarized
 * @param edgeItems elements shown at each end of a summarized axis
 * @param lineWidth characters per line
 * @param suppress  never scientific notation for small numbers (large ones still switch at 1e8)
 * @param floatMode one of {@link #FLOAT_MODES}
 */
public record PrintOptions(int precision, long threshold, int edgeItems, int lineWidth, boolean suppress,
        String floatMode) {

    /** The float modes NumPy accepts. */
    public static final List<String> FLOAT_MODES = List.of("fixed", "unique", "maxprec", "maxprec_equal");

    /** NumPy's defaults. */
    public static final PrintOptions DEFAULT = new PrintOptions(8, 1000, 3, 75, false, "maxprec");

    private static volatile PrintOptions current = DEFAULT;

    public PrintOptions {
        if (!FLOAT_MODES.contains(floatMode)) {
            throw new ArrayValueError("floatmode option must be one of 'fixed', 'unique', 'maxprec', "
                    + "'maxprec_equal'");
        }
    }

    /** The options arrays print with now. */
    public static PrintOptions current() {
        return current;
    }

    /** Makes {@code options} the ones arrays print with (a session's, when it runs or shows output). */
    public static void setCurrent(PrintOptions options) {
        current = java.util.Objects.requireNonNull(options);
    }
}
