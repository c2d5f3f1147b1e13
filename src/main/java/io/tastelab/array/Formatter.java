package io.tastelab.array;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * NumPy's array printing ({@code numpy/_core/arrayprint.py}, with the {@link PrintOptions#current() current}
 * options; NumPy's defaults: linewidth 75, precision 8, threshold 1000, edgeitems 3, floatmode maxprec) and JAX's
 * {@code Array(...)} repr built on it.
 */
final class Formatter {

    private Formatter() {
    }

    static String repr(NdArray a) {
        if (a.scalar && a.flavor == Flavor.NUMPY) {
            return scalarRepr(a);
        }
        if (a.flavor == Flavor.JAX) {
            return jaxRepr(a);
        }
        String prefix = "array(";
        String lst = a.size() == 0 ? "[]" : array2string(a, ", ", prefix, ")");
        List<String> extras = new ArrayList<>();
        boolean summarized = a.size() > PrintOptions.current().threshold();
        if ((a.size() == 0 && !(a.ndim() == 1 && a.shape[0] == 0)) || summarized) {
            extras.add("shape=" + a.shapeString());
        }
        boolean implied = a.dtype == DType.FLOAT64 || a.dtype == DType.INT64 || a.dtype == DType.BOOL
                || a.dtype == DType.COMPLEX128;
        if (!implied || a.size() == 0) {
            extras.add("dtype=" + a.dtype.numpyName());
        }
        if (extras.isEmpty()) {
            return prefix + lst + ")";
        }
        String arrStr = prefix + lst + ",";
        String extraStr = String.join(", ", extras) + ")";
        int lastLineLen = arrStr.length() - (arrStr.lastIndexOf('\n') + 1);
        String spacer = " ";
        if (lastLineLen + extraStr.length() + 1 > PrintOptions.current().lineWidth()) {
            spacer = "\n" + " ".repeat(prefix.length());
        }
        return arrStr + spacer + extraStr;
    }

    private static String jaxRepr(NdArray a) {
        String prefix = "Array(";
        String dtypeStr = a.isWeaklyTyped() ? "dtype=" + a.dtype + ", weak_type=True)" : "dtype=" + a.dtype + ")";
        String s = a.size() == 0 ? "[], shape=" + a.shapeString() : array2string(a, ", ", prefix, ",");
        int lastLineLen = s.length() - s.lastIndexOf('\n') + 1;
        String sep = " ";
        if (lastLineLen + dtypeStr.length() + 1 > PrintOptions.current().lineWidth()) {
            sep = " ".repeat(prefix.length());
        }
        return prefix + s + "," + sep + dtypeStr;
    }

    static String str(NdArray a) {
        if (a.ndim() == 0) {
            return scalarStr(a);
        }
        if (a.size() == 0) {
            return "[]";
        }
        return array2string(a, " ", "", "");
    }

    // ------------------------------------------------------------------ scalars

    private static String scalarRepr(NdArray a) {
        long off = a.offset;
        if (a.dtype.isBool()) {
            return a.rawLong(off) != 0 ? "np.True_" : "np.False_";
        }
        String text = scalarStr(a);
        if (a.dtype.isComplex() && text.startsWith("(")) {
            text = text.substring(1, text.length() - 1); // np.complex128(1+2j), where str() gives (1+2j)
        }
        return "np." + a.dtype + "(" + text + ")";
    }

    /** {@code str()} of a 0-d array or NumPy scalar: Python's float repr style for floats. */
    static String scalarStr(NdArray a) {
        long off = a.offset;
        if (a.dtype.isBool()) {
            return a.rawLong(off) != 0 ? "True" : "False";
        }
        if (a.dtype.isFloat()) {
            return pythonFloatRepr(a.readDouble(off), a.dtype);
        }
        if (a.dtype.isComplex()) {
            return complexScalarStr(a.readReal(off), a.readImag(off), a.dtype.partType());
        }
        long v = a.rawLong(off);
        return a.dtype == DType.UINT64 ? Long.toUnsignedString(v) : Long.toString(v);
    }

    /**
     * A complex scalar as NumPy 2 (and Python's complex) writes it: {@code (1+2j)}, {@code 1j} when the real part is
     * +0, each part the shortest float repr of the part type without a trailing {@code .0}.
     */
    static String complexScalarStr(double real, double imag, DType part) {
        if (real == 0 && Math.copySign(1.0, real) > 0) {
            return complexPart(imag, part) + "j";
        }
        String sign = Double.isNaN(imag) || Math.copySign(1.0, imag) > 0 ? "+" : "-";
        return "(" + complexPart(real, part) + sign + complexPart(Math.abs(imag), part) + "j)";
    }

    private static String complexPart(double value, DType part) {
        String text = pythonFloatRepr(value, part);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /**
     * NumPy's float scalar repr: shortest round-trip digits, scientific outside [1e-4, cutoff) where the cutoff
     * is 1e16 for float64 (Python's) and 10**precision for the short types (1e6 float32, 1e3 float16).
     */
    static String pythonFloatRepr(double v, DType d) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return (1 / v < 0) ? "-0.0" : "0.0";
        }
        BigDecimal s = shortest(v, d);
        double abs = Math.abs(v);
        double cutoff = switch (d) {
            case FLOAT16 -> 1e3;
            case FLOAT32 -> 1e6;
            default -> 1e16;
        };
        if (abs >= 1e-4 && abs < cutoff) {
            String p = s.toPlainString();
            return p.contains(".") ? p : p + ".0";
        }
        BigDecimal u = s.abs().stripTrailingZeros();
        int exp = u.precision() - u.scale() - 1;
        String digits = u.unscaledValue().toString();
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (v < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "")
                + Math.abs(exp);
    }

    /** Shortest decimal that rounds back to {@code v} in dtype {@code d}. */
    static BigDecimal shortest(double v, DType d) {
        boolean subnormal = v != 0 && Double.isFinite(v) && (d == DType.FLOAT64 ? Math.abs(v) < Double.MIN_NORMAL
                : d == DType.FLOAT32 && Math.abs(v) < Float.MIN_NORMAL);
        if (subnormal) {
            // Java's toString gives subnormals a second digit (1.4E-45); NumPy's shortest digits give 1e-45.
            BigDecimal exact = new BigDecimal(v);
            for (int p = 1; p < 17; p++) {
                BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
                if (d == DType.FLOAT64 ? r.doubleValue() == v : (float) r.doubleValue() == (float) v) {
                    return r.stripTrailingZeros();
                }
            }
        }
        return switch (d) {
            case FLOAT64 -> new BigDecimal(Double.toString(v)).stripTrailingZeros();
            case FLOAT32 -> new BigDecimal(Float.toString((float) v)).stripTrailingZeros();
            default -> {
                BigDecimal exact = new BigDecimal(v);
                for (int p = 1; p < 17; p++) {
                    BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
                    if (Values.round(r.doubleValue(), DType.FLOAT16) == v) {
                        yield r.stripTrailingZeros();
                    }
                }
                yield exact.stripTrailingZeros();
            }
        };
    }

    // ------------------------------------------------------------------ array2string

    private static String array2string(NdArray a, String separator, String prefix, String suffix) {
        int lineWidth = PrintOptions.current().lineWidth() - suffix.length();
        boolean summarize = a.size() > PrintOptions.current().threshold();
        List<Long> dataOffsets = new ArrayList<>();
        collectOffsets(a, a.offset, 0, summarize, dataOffsets);
        Function<Long, String> fmt = formatFunction(a, dataOffsets);
        String nextLinePrefix = " " + " ".repeat(prefix.length());
        return recurse(a.shape, a.strides, a.offset, 0, fmt, nextLinePrefix, lineWidth, separator,
                summarize ? "..." : null);
    }

    /**
     * NumPy's {@code array2string} layout for an array whose elements are already words (string arrays: NumPy pads
     * no string element): nested brackets, wrapping at the line width, summarized past the threshold.
     */
    static String layoutWords(int[] shape, Function<Long, String> word, String separator, String prefix,
                              String suffix) {
        long[] strides = new long[shape.length];
        long stride = 1;
        for (int axis = shape.length - 1; axis >= 0; axis--) {
            strides[axis] = stride;
            stride *= shape[axis];
        }
        int lineWidth = PrintOptions.current().lineWidth() - suffix.length();
        boolean summarize = stride > PrintOptions.current().threshold();
        String nextLinePrefix = " " + " ".repeat(prefix.length());
        return recurse(shape, strides, 0, 0, word, nextLinePrefix, lineWidth, separator, summarize ? "..." : null);
    }

    static Function<Long, String> elementWords(NdArray a, int summarizedAxes) {
        List<Long> offsets = new ArrayList<>();
        collectOffsets(a, a.offset, 0, false, offsets);
        List<Long> shown = offsets;
        if (summarizedAxes > 0) {
            shown = new ArrayList<>();
            collectEdgeOffsets(a, a.offset, 0, summarizedAxes, shown);
        }
        Function<Long, String> fmt = formatFunction(a, shown);
        return position -> fmt.apply(offsets.get((int) (long) position));
    }

    /** The offsets a summarized print shows: edge items only along the first {@code edgeAxes} axes. */
    private static void collectEdgeOffsets(NdArray a, long off, int axis, int edgeAxes, List<Long> out) {
        if (axis == a.ndim()) {
            out.add(off);
            return;
        }
        int n = a.shape[axis];
        long st = a.strides[axis];
        int edgeItems = PrintOptions.current().edgeItems();
        for (int i = 0; i < n; i++) {
            if (axis < edgeAxes && 2 * edgeItems < n && i == edgeItems) {
                i = n - edgeItems; // skip the middle, as NumPy's _leading_trailing does
            }
            collectEdgeOffsets(a, off + i * st, axis + 1, edgeAxes, out);
        }
    }

    private static void collectOffsets(NdArray a, long off, int axis, boolean summarize, List<Long> out) {
        if (axis == a.ndim()) {
            out.add(off);
            return;
        }
        int n = a.shape[axis];
        long st = a.strides[axis];
        int edgeItems = PrintOptions.current().edgeItems();
        if (summarize && 2 * edgeItems < n) {
            for (int i = 0; i < edgeItems; i++) {
                collectOffsets(a, off + i * st, axis + 1, summarize, out);
            }
            for (int i = n - edgeItems; i < n; i++) {
                collectOffsets(a, off + i * st, axis + 1, summarize, out);
            }
        } else {
            for (int i = 0; i < n; i++) {
                collectOffsets(a, off + i * st, axis + 1, summarize, out);
            }
        }
    }

    private static Function<Long, String> formatFunction(NdArray a, List<Long> offs) {
        if (a.dtype.isBool()) {
            String t = a.ndim() == 0 ? "True" : " True";
            return o -> a.rawLong(o) != 0 ? t : "False";
        }
        if (a.dtype.isInteger()) {
            int width = 0;
            for (long o : offs) {
                width = Math.max(width, intString(a, o).length());
            }
            int w = width;
            return o -> pad(intString(a, o), w);
        }
        if (a.dtype.isComplex()) {
            return complexFormat(a, offs);
        }
        double[] vals = new double[offs.size()];
        for (int i = 0; i < vals.length; i++) {
            vals[i] = a.readDouble(offs.get(i));
        }
        FloatFormat ff = new FloatFormat(vals, a.dtype);
        return o -> ff.format(a.readDouble(o));
    }

    /**
     * NumPy's {@code ComplexFloatingFormat}: the real parts formatted together, the imaginary parts together with
     * a sign always shown, and the {@code j} put before the imaginary part's right padding.
     */
    private static Function<Long, String> complexFormat(NdArray a, List<Long> offs) {
        double[] reals = new double[offs.size()];
        double[] imags = new double[offs.size()];
        for (int i = 0; i < reals.length; i++) {
            reals[i] = a.readReal(offs.get(i));
            imags[i] = a.readImag(offs.get(i));
        }
        DType part = a.dtype.partType();
        FloatFormat realFormat = new FloatFormat(reals, part, false);
        FloatFormat imagFormat = new FloatFormat(imags, part, true);
        return o -> {
            String imag = imagFormat.format(a.readImag(o));
            int end = imag.stripTrailing().length();
            return realFormat.format(a.readReal(o)) + imag.substring(0, end) + "j" + imag.substring(end);
        };
    }

    private static String intString(NdArray a, long o) {
        long v = a.rawLong(o);
        return a.dtype == DType.UINT64 ? Long.toUnsignedString(v) : Long.toString(v);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static String recurse(int[] shape, long[] strides, long off, int axis, Function<Long, String> fmt,
                                  String hangingIndent, int currWidth, String separator, String summaryInsert) {
        int axesLeft = shape.length - axis;
        if (axesLeft == 0) {
            return fmt.apply(off);
        }
        String nextHangingIndent = hangingIndent + " ";
        int nextWidth = currWidth - 1;
        int aLen = shape[axis];
        long st = strides[axis];
        int edgeItems = PrintOptions.current().edgeItems();
        boolean showSummary = summaryInsert != null && 2 * edgeItems < aLen;
        int leading = showSummary ? edgeItems : 0;
        int trailing = showSummary ? edgeItems : aLen;
        StringBuilder s = new StringBuilder();
        if (axesLeft == 1) {
            int elemWidth = currWidth - Math.max(separator.stripTrailing().length(), 1);
            String[] state = {"", hangingIndent};
            for (int i = 0; i < leading; i++) {
                String word = recurse(shape, strides,
                        off + i * st, axis + 1, fmt, nextHangingIndent, nextWidth, separator,
                        summaryInsert);
                extendLine(state, word, elemWidth, hangingIndent);
                state[1] += separator;
            }
            if (showSummary) {
                extendLine(state, summaryInsert, elemWidth, hangingIndent);
                state[1] += separator;
            }
            for (int i = trailing; i > 1; i--) {
                String word = recurse(shape, strides,
                        off + (aLen - i) * st, axis + 1, fmt, nextHangingIndent, nextWidth,
                        separator, summaryInsert);
                extendLine(state, word, elemWidth, hangingIndent);
                state[1] += separator;
            }
            String word = recurse(shape, strides,
                        off + (aLen - 1) * st, axis + 1, fmt, nextHangingIndent, nextWidth, separator,
                    summaryInsert);
            extendLine(state, word, elemWidth, hangingIndent);
            s.append(state[0]).append(state[1]);
        } else {
            String lineSep = separator.stripTrailing() + "\n".repeat(axesLeft - 1);
            for (int i = 0; i < leading; i++) {
                String nested = recurse(shape, strides,
                        off + i * st, axis + 1, fmt, nextHangingIndent, nextWidth, separator,
                        summaryInsert);
                s.append(hangingIndent).append(nested).append(lineSep);
            }
            if (showSummary) {
                s.append(hangingIndent).append(summaryInsert).append(lineSep);
            }
            for (int i = trailing; i > 1; i--) {
                String nested = recurse(shape, strides,
                        off + (aLen - i) * st, axis + 1, fmt, nextHangingIndent, nextWidth,
                        separator, summaryInsert);
                s.append(hangingIndent).append(nested).append(lineSep);
            }
            String nested = recurse(shape, strides,
                        off + (aLen - 1) * st, axis + 1, fmt, nextHangingIndent, nextWidth,
                    separator, summaryInsert);
            s.append(hangingIndent).append(nested);
        }
        return "[" + s.substring(hangingIndent.length()) + "]";
    }

    /** NumPy's {@code _extendLine_pretty} for single-line words. state = {s, line}. */
    private static void extendLine(String[] state, String word, int lineWidth, String nextLinePrefix) {
        if (word.contains("\n")) {
            extendLinePretty(state, word, lineWidth, nextLinePrefix);
            return;
        }
        boolean needsWrap = state[1].length() + word.length() > lineWidth;
        if (state[1].length() <= nextLinePrefix.length()) {
            needsWrap = false;
        }
        if (needsWrap) {
            state[0] += state[1].stripTrailing() + "\n";
            state[1] = nextLinePrefix;
        }
        state[1] += word;
    }

    private static void extendLinePretty(String[] state, String word, int lineWidth, String nextLinePrefix) {
        String[] words = word.split("\n", -1);
        String line = state[1];
        int indentLength = line.length();
        if (indentLength + maxLen(words) > lineWidth && line.length() > nextLinePrefix.length()) {
            state[0] += line.stripTrailing() + "\n";
            line = nextLinePrefix + words[0];
            indentLength = nextLinePrefix.length();
        } else {
            line += words[0];
        }
        for (int i = 1; i < words.length; i++) {
            state[0] += line.stripTrailing() + "\n";
            line = " ".repeat(indentLength) + words[i];
        }
        state[1] = line;
    }

    private static int maxLen(String[] words) {
        int m = 0;
        for (String w : words) {
            m = Math.max(m, w.length());
        }
        return m;
    }

    // ------------------------------------------------------------------ floats

    /** NumPy's {@code FloatingFormat} with the current options; sign '-' or (for imaginary parts) '+'. */
    static final class FloatFormat {
        private final DType dtype;
        /** NumPy's {@code sign='+'}: a plus before every non-negative value, as complex numbers' imaginary parts. */
        private final boolean plusSign;
        private boolean expFormat;
        private int padLeft;
        private int padRight;
        private final PrintOptions options = PrintOptions.current();
        /** The digits after the point an element may show (None for floatmode unique). */
        private final int maxPrecision = options.floatMode().equals("unique") ? Integer.MAX_VALUE
                : options.precision();
        /** fixed and maxprec_equal: every element shows exactly padRight digits. */
        private final boolean equalDigits = options.floatMode().equals("fixed")
                || options.floatMode().equals("maxprec_equal");
        private int precision = options.precision();
        private int expSize = -1;

        FloatFormat(double[] data, DType dtype) {
            this(data, dtype, false);
        }

        FloatFormat(double[] data, DType dtype, boolean plusSign) {
            this.dtype = dtype;
            this.plusSign = plusSign;
            List<Double> finite = new ArrayList<>();
            boolean anyNonFinite = false;
            boolean anyNegInf = false;
            for (double v : data) {
                if (Double.isFinite(v)) {
                    finite.add(v);
                } else {
                    anyNonFinite = true;
                    if (v == Double.NEGATIVE_INFINITY) {
                        anyNegInf = true;
                    }
                }
            }
            double max = 0;
            double min = Double.POSITIVE_INFINITY;
            boolean anyNonZero = false;
            for (double v : finite) {
                double abs = Math.abs(v);
                if (abs != 0) {
                    anyNonZero = true;
                    max = Math.max(max, abs);
                    min = Math.min(min, abs);
                }
            }
            // NumPy >= 2.3 lowers the cutoff for short float types: 10 ** min(8, finfo(dtype).precision).
            double cutoff = switch (dtype) {
                case FLOAT16 -> 1e3;
                case FLOAT32 -> 1e6;
                default -> 1e8;
            };
            if (anyNonZero && (max >= cutoff || !options.suppress() && (min < 0.0001 || max / min > 1000.))) {
                expFormat = true;
            }
            if (finite.isEmpty()) {
                padLeft = 0;
                padRight = 0;
            } else if (expFormat) {
                int maxFrac = 0;
                int maxExp = 0;
                int maxInt = 0;
                for (double v : finite) {
                    String[] parts = scientificParts(v, Math.min(maxPrecision, 17), -1);
                    maxInt = Math.max(maxInt, parts[0].length());
                    maxFrac = Math.max(maxFrac, parts[1].length());
                    maxExp = Math.max(maxExp, parts[2].length());
                }
                expSize = maxExp - 1;
                precision = maxFrac;
                padLeft = maxInt;
                padRight = expSize + 2 + precision;
            } else {
                int maxInt = 0;
                int maxFrac = 0;
                for (double v : finite) {
                    String p = positional(v);
                    int dot = p.indexOf('.');
                    maxInt = Math.max(maxInt, dot);
                    maxFrac = Math.max(maxFrac, p.length() - dot - 1);
                }
                padLeft = maxInt;
                padRight = maxFrac;
            }
            if (anyNonFinite) {
                int offset = padRight + 1;
                boolean signedInf = anyNegInf || plusSign;
                padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (signedInf ? 1 : 0) - offset));
            }
        }

        String format(double v) {
            if (!Double.isFinite(v)) {
                String plus = plusSign ? "+" : "";
                String ret = Double.isNaN(v) ? plus + "nan" : v < 0 ? "-inf" : plus + "inf";
                return " ".repeat(Math.max(0, padLeft + padRight + 1 - ret.length())) + ret;
            }
            if (expFormat) {
                String[] parts = scientificParts(v, precision, precision);
                String exp = parts[2];
                String sign = exp.startsWith("-") ? "-" : "+";
                String digits = exp.substring(1);
                while (digits.length() < expSize) {
                    digits = "0" + digits;
                }
                String mant = parts[0] + "." + parts[1];
                return pad(mant, padLeft + 1 + precision) + "e" + sign + digits;
            }
            String p = positional(v);
            int dot = p.indexOf('.');
            String intPart = p.substring(0, dot);
            String frac = p.substring(dot + 1);
            if (equalDigits && frac.length() < padRight) {
                // Dragon4 with min_digits goes on with the exact value's digits
                String exact = new BigDecimal(Math.abs(v)).setScale(padRight, RoundingMode.HALF_EVEN).toPlainString();
                frac = exact.substring(exact.indexOf('.') + 1);
            }
            return " ".repeat(Math.max(0, padLeft - intPart.length())) + intPart + "." + frac
                    + " ".repeat(Math.max(0, padRight - frac.length()));
        }

        /**
         * dragon4_positional(precision, unique, fractional, trim='.'): e.g. {@code 0.5}, {@code 1.}; for floatmode
         * fixed (not unique, trim='k') exactly {@code precision} digits.
         */
        String positional(double v) {
            BigDecimal s = shortest(v, dtype);
            if (options.floatMode().equals("fixed")) {
                s = new BigDecimal(v).setScale(options.precision(), RoundingMode.HALF_EVEN);
            } else if (s.scale() > maxPrecision) {
                s = new BigDecimal(v).setScale(maxPrecision, RoundingMode.HALF_EVEN).stripTrailingZeros();
            }
            String sign = (v < 0 || (v == 0 && 1 / v < 0)) ? "-" : plusSign ? "+" : "";
            BigDecimal abs = s.abs();
            String plain = abs.scale() <= 0 ? abs.toBigInteger().toString() + "." : abs.toPlainString();
            return sign + plain;
        }

        /**
         * dragon4_scientific split into {int part with sign, fraction digits, exponent with sign (at least two
         * digits)}. {@code minDigits >= 0} pads the fraction with zeros to that many digits.
         */
        String[] scientificParts(double v, int maxDigits, int minDigits) {
            String sign = (v < 0 || (v == 0 && 1 / v < 0)) ? "-" : plusSign ? "+" : "";
            if (v == 0) {
                String frac = minDigits > 0 ? "0".repeat(minDigits) : "";
                return new String[] {sign + "0", frac, "+00"};
            }
            BigDecimal s = shortest(Math.abs(v), dtype);
            int exp = s.precision() - s.scale() - 1;
            BigDecimal mant = s.movePointLeft(exp);
            if (mant.scale() > maxDigits) {
                mant = new BigDecimal(Math.abs(v)).movePointLeft(exp).setScale(maxDigits, RoundingMode.HALF_EVEN);
                if (mant.compareTo(BigDecimal.TEN) >= 0) {
                    exp += 1;
                    mant = mant.movePointLeft(1).setScale(maxDigits, RoundingMode.HALF_EVEN);
                }
                mant = mant.stripTrailingZeros();
            }
            if (minDigits > 0 && mant.scale() < minDigits) {
                // Dragon4 with min_digits goes on with the exact value's digits, not zeros.
                mant = new BigDecimal(Math.abs(v)).movePointLeft(exp).setScale(minDigits, RoundingMode.HALF_EVEN);
                if (mant.compareTo(BigDecimal.TEN) >= 0) {
                    exp += 1;
                    mant = new BigDecimal(Math.abs(v)).movePointLeft(exp).setScale(minDigits, RoundingMode.HALF_EVEN);
                }
            }
            String plain = mant.scale() <= 0 ? mant.toBigInteger().toString() + "." : mant.toPlainString();
            int dot = plain.indexOf('.');
            String intPart = plain.substring(0, dot);
            String frac = plain.substring(dot + 1);
            if (minDigits >= 0 && frac.length() < minDigits) {
                frac = frac + "0".repeat(minDigits - frac.length());
            }
            String e = Integer.toString(Math.abs(exp));
            if (e.length() < 2) {
                e = "0" + e;
            }
            return new String[] {sign + intPart, frac, (exp < 0 ? "-" : "+") + e};
        }
    }
}
