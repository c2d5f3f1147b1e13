package io.tastelab.engine.format;

import java.util.Locale;

/**
 * How every screen and message writes a number, so that they all read alike: counts grouped in thousands
 * ("9,742 items"), and scores whole without ".0" (grouped too) or with four decimals. Locale-independent (the
 * comma groups, the point is decimal), as the CLI's output is. Stateless and thread-safe.
 */
public final class Counts {

    private Counts() {
    }

    /** {@code 9742} as "9,742". */
    public static String of(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** "1 item", "9,742 items": {@code noun} is singular and takes an "s" for any other count. */
    public static String of(long count, String noun) {
        return of(count) + " " + noun + (count == 1 ? "" : "s");
    }

    /** A score or other measured value: "12,345" when whole, else "0.4321". */
    public static String score(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.4f", value);
    }
}
