package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.BinaryOp;
import io.tastelab.array.DType;
import io.tastelab.array.Index;
import io.tastelab.array.NdArray;
import io.tastelab.array.UnaryOp;
import io.tastelab.playground.interp.ModuleValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.PythonFormat;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code numpy.testing}: {@code assert_allclose} and {@code assert_array_equal}, raising AssertionError with
 * NumPy 2's message (mismatch count, the first five positions, the largest absolute and relative differences, the
 * two arrays).
 */
final class TestingModule {
    private static final ArrayNamespace NP = ArrayNamespace.NUMPY;

    private TestingModule() {
    }

    static ModuleValue create() {
        Map<String, Value> f = new LinkedHashMap<>();
        f.put("assert_allclose", Fn.function("assert_allclose", List.of("actual", "desired", "rtol", "atol",
                "equal_nan", "err_msg", "verbose"), 2, (a, c) -> {
                    double rtol = a[2] == null ? 1e-7 : Py.toDouble(a[2], "rtol");
                    double atol = a[3] == null ? 0 : Py.toDouble(a[3], "atol");
                    boolean equalNan = a[4] == null || a[4].isTruthy();
                    String header = "Not equal to tolerance rtol=" + PythonFormat.formatG(rtol, 6) + ", atol="
                            + PythonFormat.formatG(atol, 6);
                    compare(a[0], a[1], header, text(a[5]), (x, y) -> NP.isclose(x, y, rtol, atol, equalNan));
                    return NoneValue.INSTANCE;
                }));
        f.put("assert_array_equal", Fn.function("assert_array_equal", List.of("actual", "desired", "err_msg",
                "verbose", "strict"), 2, (a, c) -> {
                    compare(a[0], a[1], "Arrays are not equal", text(a[2]), TestingModule::equalOrBothNan);
                    return NoneValue.INSTANCE;
                }));
        f.put("__name__", new StrValue("numpy.testing"));
        return new ModuleValue("numpy.testing", f);
    }

    private static String text(Value value) {
        return value == null ? "" : value instanceof StrValue s ? s.value() : value.str();
    }

    private interface Agreement {
        NdArray agree(NdArray x, NdArray y);
    }

    private static NdArray equalOrBothNan(NdArray x, NdArray y) {
        NdArray equal = NP.binary(BinaryOp.EQUAL, x, y);
        return NP.binary(BinaryOp.BITWISE_OR, equal, NP.binary(BinaryOp.BITWISE_AND, NP.isnan(x), NP.isnan(y)));
    }

    private static void compare(Value actual, Value desired, String header, String errMsg, Agreement agreement) {
        NdArray x = Py.asArray(NP, actual, "assert");
        NdArray y = Py.asArray(NP, desired, "assert");
        if (x.ndim() != 0 && y.ndim() != 0 && !Arrays.equals(x.shape(), y.shape())) {
            throw failure(header, errMsg, List.of("(shapes " + x.shapeString() + ", " + y.shapeString()
                    + " mismatch)"), x, y);
        }
        NdArray agree = Py.guard(() -> agreement.agree(x, y));
        NdArray invalids = NP.unary(UnaryOp.INVERT, agree);
        long mismatched = (Long) NP.sum(invalids, null, false).item();
        if (mismatched == 0) {
            return;
        }
        long elements = agree.size();
        List<String> remarks = new ArrayList<>();
        remarks.add("Mismatched elements: " + mismatched + " / " + elements + " (" + significant(100.0 * mismatched
                / elements) + "%)");
        if (invalids.ndim() != 0) {
            remarks.add(positions(x, y, invalids, mismatched));
        }
        differences(x, y, invalids, remarks);
        throw failure(header, errMsg, remarks, x, y);
    }

    /** Python's {@code f'{v:.3g}'}. */
    private static String significant(double value) {
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static String positions(NdArray x, NdArray y, NdArray invalids, long mismatched) {
        List<NdArray> where = NP.nonzero(invalids);
        StringBuilder lines = new StringBuilder(mismatched == 1 ? "Mismatch at index:"
                : mismatched <= 5 ? "Mismatch at indices:" : "First 5 mismatches are at indices:");
        for (int k = 0; k < Math.min(5, mismatched); k++) {
            List<Index> position = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (NdArray axis : where) {
                long i = axis.getLong(k);
                position.add(new Index.Int(i));
                shown.add(Long.toString(i));
            }
            lines.append("\n [").append(String.join(", ", shown)).append("]: ").append(element(x, position))
                    .append(" (ACTUAL), ").append(element(y, position)).append(" (DESIRED)");
        }
        return lines.toString();
    }

    private static String element(NdArray a, List<Index> position) {
        return new ArrayValue(a.ndim() == 0 ? a : a.get(position)).str();
    }

    /** The largest absolute and relative differences among the mismatched elements, as array2string shows them. */
    private static void differences(NdArray x, NdArray y, NdArray invalids, List<String> remarks) {
        NdArray error;
        try {
            error = NP.abs(NP.subtract(x, y));
            if (x.dtype().isUnsigned()) {
                error = NP.minimum(error, NP.abs(NP.subtract(y, x)));
            }
        } catch (RuntimeException notNumeric) {
            return; // NumPy skips these lines when subtraction fails (bools)
        }
        NdArray mask = invalids.ndim() == 0 ? invalids.reshape(1) : invalids;
        NdArray errors = error.ndim() == 0 ? error.reshape(1) : error;
        NdArray violations = errors.get(List.of(new Index.Array(mask)));
        remarks.add("Max absolute difference among violations: " + array2string(NP.max(violations, null, false)));
        NdArray yFull = NP.add(NP.zeros(errors.shape(), DType.BOOL), y.ndim() == 0 ? y.reshape(1) : y);
        NdArray relevant = NP.binary(BinaryOp.BITWISE_AND, mask, NP.binary(BinaryOp.NOT_EQUAL, yFull, 0L));
        if ((Long) NP.sum(relevant, null, false).item() == 0) {
            remarks.add("Max relative difference among violations: inf");
            return;
        }
        Index selected = new Index.Array(relevant);
        NdArray relative = NP.divide(errors.get(List.of(selected)), NP.abs(yFull.get(List.of(selected))));
        remarks.add("Max relative difference among violations: " + array2string(NP.max(relative, null, false)));
    }

    /** {@code np.array2string} of a 0-d value: its repr without {@code array(...)} and the dtype. */
    private static String array2string(NdArray value) {
        NdArray zeroD = NP.array(value, null);
        String repr = zeroD.toString();
        int end = repr.indexOf(", dtype=");
        return repr.substring("array(".length(), end < 0 ? repr.length() - 1 : end);
    }

    private static PlaygroundError failure(String header, String errMsg, List<String> remarks, NdArray x,
            NdArray y) {
        String detail = errMsg + "\n" + String.join("\n", remarks);
        return PlaygroundError.of("AssertionError", "\n" + header + "\n" + detail + "\n ACTUAL: "
                + new ArrayValue(x).repr() + "\n DESIRED: " + new ArrayValue(y).repr());
    }
}
