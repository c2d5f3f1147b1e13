package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.Test;

/**
 * A Python scalar that becomes an element of an integer array refuses what NumPy 2 refuses, and an unsafe cast
 * ({@code astype}) gives NumPy's bits on x86-64. Expected values are NumPy 2's (2.4 here).
 */
class IntegerConversionTest {

    private static PlaygroundSession session() {
        PlaygroundSession session = new PlaygroundSession();
        PlaygroundTesting.eval(session, "import numpy as np\nt = np.arange(4)\nu = np.arange(4, dtype=np.int8)\n0");
        return session;
    }

    private static void raises(PlaygroundSession session, String code, String type, String message) {
        PlaygroundError error = PlaygroundTesting.error(session, code);
        assertThat(error.type()).as(code).isEqualTo(type);
        assertThat(error.pythonMessage()).as(code).isEqualTo(message);
    }

    @Test
    void nanAndInfinityIntoAnIntegerArrayRaiseAndChangeNothing() {
        PlaygroundSession s = session();
        raises(s, "t[1] = np.nan", "ValueError", "cannot convert float NaN to integer");
        raises(s, "u[1:] = np.nan", "ValueError", "cannot convert float NaN to integer");
        raises(s, "t[1] = np.inf", "OverflowError", "cannot convert float infinity to integer");
        raises(s, "u[0] = np.float64(np.nan)", "ValueError", "cannot convert float NaN to integer");
        raises(s, "u[0] = np.float32(-np.inf)", "OverflowError", "cannot convert float infinity to integer");
        raises(s, "np.array([1, np.nan], dtype=np.int32)", "ValueError", "cannot convert float NaN to integer");
        raises(s, "np.array(np.inf, dtype=np.uint8)", "OverflowError", "cannot convert float infinity to integer");
        assertThat(PlaygroundTesting.eval(s, "t").repr()).isEqualTo("array([0, 1, 2, 3])");
        assertThat(PlaygroundTesting.eval(s, "u").repr()).isEqualTo("array([0, 1, 2, 3], dtype=int8)");
    }

    @Test
    void aPythonIntOrFloatOutOfTheDtypesRangeIsAnOverflowError() {
        PlaygroundSession s = session();
        raises(s, "np.full((2,), 300, dtype=np.uint8)", "OverflowError", "Python integer 300 out of bounds for uint8");
        raises(s, "np.full((2,), -1, dtype=np.uint64)", "OverflowError", "Python integer -1 out of bounds for uint64");
        raises(s, "np.array([300.0], dtype=np.uint8)", "OverflowError", "Python integer 300 out of bounds for uint8");
        raises(s, "u[0] = -1e3", "OverflowError", "Python integer -1000 out of bounds for int8");
        raises(s, "u[0] = 1e20", "OverflowError", "Python int too large to convert to C long");
        raises(s, "np.array([np.float64(300)], dtype=np.int8)", "OverflowError",
                "Python integer 300 out of bounds for int8");
        // A float fill is cast unsafely, as np.full's copyto does; a 0-d NumPy scalar as a whole array too.
        assertThat(PlaygroundTesting.eval(s, "np.full((2,), 300.0, dtype=np.uint8)").repr())
                .isEqualTo("array([44, 44], dtype=uint8)");
        assertThat(PlaygroundTesting.eval(s, "np.full((2,), np.nan, dtype=np.int32)").repr())
                .isEqualTo("array([-2147483648, -2147483648], dtype=int32)");
        assertThat(PlaygroundTesting.eval(s, "np.array(np.float64(np.nan), dtype=np.int8)").repr())
                .isEqualTo("array(0, dtype=int8)");
    }

    private static final String EDGES = "np.array([np.nan, np.inf, -np.inf, 1e20, -1e20, 3e9, -3e9, 2.0**31, "
            + "-2.0**31-1, 300.7, -1.5, 70000.0, 2.0**63, 2.0**64, 1.5e19, -2.0**63, 5e9])";

    @Test
    void astypeOfOutOfRangeFloatsGivesNumpysBits() {
        PlaygroundSession s = session();
        assertThat(list(s, "int8")).isEqualTo("[0, 0, 0, 0, 0, 0, 0, 0, 0, 44, -1, 112, 0, 0, 0, 0, 0]");
        assertThat(list(s, "int16")).isEqualTo("[0, 0, 0, 0, 0, 0, 0, 0, 0, 300, -1, 4464, 0, 0, 0, 0, 0]");
        assertThat(list(s, "int32")).isEqualTo("[-2147483648, -2147483648, -2147483648, -2147483648, -2147483648, "
                + "-2147483648, -2147483648, -2147483648, -2147483648, 300, -1, 70000, -2147483648, -2147483648, "
                + "-2147483648, -2147483648, -2147483648]");
        assertThat(list(s, "int64")).isEqualTo("[-9223372036854775808, -9223372036854775808, -9223372036854775808, "
                + "-9223372036854775808, -9223372036854775808, 3000000000, -3000000000, 2147483648, -2147483649, 300, "
                + "-1, 70000, -9223372036854775808, -9223372036854775808, -9223372036854775808, "
                + "-9223372036854775808, 5000000000]");
        assertThat(list(s, "uint8")).isEqualTo("[0, 0, 0, 0, 0, 0, 0, 0, 0, 44, 255, 112, 0, 0, 0, 0, 0]");
        assertThat(list(s, "uint32")).isEqualTo("[2147483648, 0, 2147483648, 0, 2147483648, 3000000000, 2147483648, "
                + "2147483648, 2147483648, 300, 4294967295, 70000, 0, 0, 0, 2147483648, 705032704]");
        assertThat(list(s, "uint64")).isEqualTo("[9223372036854775808, 0, 9223372036854775808, 0, "
                + "9223372036854775808, 3000000000, 18446744070709551616, 2147483648, 18446744071562067967, 300, "
                + "18446744073709551615, 70000, 9223372036854775808, 0, 15000000000000000000, 9223372036854775808, "
                + "5000000000]");
    }

    private static String list(PlaygroundSession s, String dtype) {
        return PlaygroundTesting.eval(s, EDGES + ".astype(np." + dtype + ").tolist()").repr();
    }
}
