package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.DType;
import io.tastelab.array.NdArray;
import io.tastelab.array.Shape;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.BytesValue;
import io.tastelab.playground.interp.CallContext;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.NotImplementedValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What NumPy does with string and bytes arrays ({@link StringArrayValue}): building them from Python data,
 * casting, sorting, comparing, concatenating with {@code +}, and the {@code numpy} functions that take them
 * (element-moving ones such as {@code concatenate} and {@code where} run on position arrays). Anything else
 * raises NumPy's error for strings.
 */
final class StringArrays {
    private static final ArrayNamespace NP = ArrayNamespace.NUMPY;
    /** numpy functions that only move elements: they run on int64 position arrays standing for the strings. */
    private static final Set<String> MOVING = Set.of("concatenate", "stack", "hstack", "vstack", "column_stack",
            "where", "reshape", "ravel", "transpose", "squeeze", "expand_dims", "flip", "fliplr", "flipud", "tile",
            "repeat", "atleast_1d", "atleast_2d", "split", "array_split", "hsplit", "vsplit", "swapaxes", "roll",
            "append", "copy", "take");
    private static final Comparator<String> CODE_POINTS = (x, y) -> {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int a = x.codePointAt(i);
            int b = y.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Boolean.compare(i < x.length(), j < y.length());
    };

    private StringArrays() {
    }

    // ------------------------------------------------------------------ creation

    /** Leaves of nested Python data, with the shape they form. */
    private static final class Leaves {
        final List<String> texts = new ArrayList<>();
        int natural;
        boolean sawStr;
        boolean sawBytes;
        boolean sawStringArray;
    }

    /**
     * The string array NumPy builds from {@code object} with {@code dtype} (null: inferred), or null when the data
     * holds no str or bytes and no string dtype was asked for (a numeric array, not ours).
     */
    static StringArrayValue create(Value object, StringDTypeValue dtype) {
        if (dtype == null && !holdsText(object, 0, java.util.Collections.newSetFromMap(
                new java.util.IdentityHashMap<>()))) {
            return null;
        }
        Leaves leaves = new Leaves();
        int[] shape = walk(object, leaves, 0);
        if (shape == null || dtype == null && !leaves.sawStr && !leaves.sawBytes && !leaves.sawStringArray) {
            return null;
        }
        char kind = dtype != null ? dtype.kind() : leaves.sawStr ? 'U' : 'S';
        int width = dtype != null && dtype.width() > 0 ? dtype.width() : Math.max(1, leaves.natural);
        String[] data = new String[leaves.texts.size()];
        for (int i = 0; i < data.length; i++) {
            String text = leaves.texts.get(i);
            if (kind == 'S' && leaves.sawStr) {
                checkAscii(text);
            }
            data[i] = fit(text, width);
        }
        return new StringArrayValue(data, shape, new StringDTypeValue(kind, width));
    }

    /**
     * Whether nested data holds a str, bytes or string array, looked for cheaply (the items of each list on the
     * paths of its first and last items), so that a deep or self-holding numeric list goes to the numeric path
     * and gets NumPy's error there.
     */
    private static boolean holdsText(Value value, int depth, Set<Value> seen) {
        if (value instanceof StrValue || value instanceof BytesValue || value instanceof StringArrayValue) {
            return true;
        }
        if (depth > 64 || !(value instanceof ListValue || value instanceof TupleValue) || !seen.add(value)) {
            return false;
        }
        List<Value> items = ((io.tastelab.playground.interp.IterableValue) value).items();
        for (int i = 0; i < Math.min(items.size(), 10_000); i++) {
            Value item = items.get(i);
            if (item instanceof StrValue || item instanceof BytesValue || item instanceof StringArrayValue) {
                return true;
            }
        }
        return !items.isEmpty() && (holdsText(items.getFirst(), depth + 1, seen)
                || holdsText(items.getLast(), depth + 1, seen));
    }

    /** The shape of nested data, its leaves added in C order; null when a leaf is no string, number or array. */
    private static int[] walk(Value value, Leaves leaves, int depth) {
        if (depth > 64) {
            throw PlaygroundError.valueError("setting an array element with a sequence. The requested array would "
                    + "exceed the maximum number of dimension of 64.");
        }
        switch (value) {
            case StringArrayValue array -> {
                leaves.sawStringArray = true;
                leaves.sawStr |= array.dtype().isUnicode();
                leaves.sawBytes |= !array.dtype().isUnicode();
                leaves.texts.addAll(Arrays.asList(array.data()));
                leaves.natural = Math.max(leaves.natural, array.dtype().width());
                return array.shape();
            }
            case StrValue text -> {
                leaves.sawStr = true;
                leaves.texts.add(text.value());
                leaves.natural = Math.max(leaves.natural, (int) text.length());
                return new int[0];
            }
            case BytesValue bytes -> {
                leaves.sawBytes = true;
                leaves.texts.add(new String(bytes.bytes(), StandardCharsets.ISO_8859_1));
                leaves.natural = Math.max(leaves.natural, (int) bytes.length());
                return new int[0];
            }
            case BoolValue bool -> {
                leaves.texts.add(bool.str());
                leaves.natural = Math.max(leaves.natural, 5);
                return new int[0];
            }
            case IntValue integer -> {
                leaves.texts.add(integer.str());
                leaves.natural = Math.max(leaves.natural, Math.max(21, integer.str().length()));
                return new int[0];
            }
            case FloatValue number -> {
                leaves.texts.add(number.str());
                leaves.natural = Math.max(leaves.natural, 32);
                return new int[0];
            }
            case ArrayValue array -> {
                NdArray a = array.array();
                for (Object item : (List<?>) a.flatten().toList()) {
                    leaves.texts.add(Py.fromObject(item).str());
                }
                leaves.natural = Math.max(leaves.natural, naturalWidth(a.dtype()));
                return a.shape();
            }
            case ListValue list -> {
                return walkItems(list.items(), leaves, depth);
            }
            case TupleValue tuple -> {
                return walkItems(tuple.items(), leaves, depth);
            }
            default -> {
                return null;
            }
        }
    }

    private static int[] walkItems(List<Value> items, Leaves leaves, int depth) {
        int[] inner = null;
        for (Value item : items) {
            int[] shape = walk(item, leaves, depth + 1);
            if (shape == null) {
                return null;
            }
            if (inner != null && !Arrays.equals(inner, shape)) {
                throw PlaygroundError.valueError("setting an array element with a sequence. The requested array has "
                        + "an inhomogeneous shape after 1 dimensions. The detected shape was (" + items.size()
                        + ",) + inhomogeneous part.");
            }
            inner = shape;
        }
        int[] shape = new int[1 + (inner == null ? 0 : inner.length)];
        shape[0] = items.size();
        if (inner != null) {
            System.arraycopy(inner, 0, shape, 1, inner.length);
        }
        return shape;
    }

    /** The width NumPy gives a number converted to str: 21 for int64, 32 for floats, 5 for bool. */
    private static int naturalWidth(DType dtype) {
        if (dtype.isBool()) {
            return 5;
        }
        if (dtype.isInteger()) {
            return switch (dtype.numpyName()) {
                case "int8", "uint8" -> 4;
                case "int16", "uint16" -> 6;
                case "int32", "uint32" -> 11;
                case "uint64" -> 20;
                default -> 21;
            };
        }
        return 32;
    }

    private static void checkAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F) {
                throw PlaygroundError.of("UnicodeEncodeError", "'ascii' codec can't encode character '"
                        + (c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c))
                        + "' in position " + i + ": ordinal not in range(128)");
            }
        }
    }

    /** The first {@code width} code points of {@code text}, trailing NULs dropped (as NumPy reads them back). */
    static String fit(String text, int width) {
        String cut = text.codePointCount(0, text.length()) <= width ? text
                : text.substring(0, text.offsetByCodePoints(0, width));
        int end = cut.length();
        while (end > 0 && cut.charAt(end - 1) == '\0') {
            end--;
        }
        return cut.substring(0, end);
    }

    /** {@code np.void(b'...')} (those bytes) or {@code np.void(n)} (n zero bytes). */
    static StringArrayValue voidScalar(Value value) {
        String text = switch (value) {
            case BytesValue bytes -> new String(bytes.bytes(), StandardCharsets.ISO_8859_1);
            case IntValue n -> "\0".repeat(Math.toIntExact(Math.min(Py.toLong(n, "length"), 1 << 20)));
            default -> throw PlaygroundError.typeError("the playground's np.void takes bytes or a length, not '"
                    + value.typeName() + "'");
        };
        return new StringArrayValue(new String[] {fit(text, text.length())}, new int[0],
                new StringDTypeValue('V', text.length()), true);
    }

    /** A value as a string array of {@code kind} (strings, bytes, numbers or nested lists of them). */
    static StringArrayValue coerce(Value value, char kind) {
        if (value instanceof StringArrayValue array) {
            return array;
        }
        StringArrayValue made = create(value, null);
        if (made == null) {
            made = create(value, new StringDTypeValue(kind, 0));
        }
        if (made == null) {
            throw PlaygroundError.typeError("the playground cannot turn a '" + value.typeName()
                    + "' into a string array");
        }
        return made;
    }

    /** Flat positions of a {@code from}-shaped array broadcast to {@code to}, in C order. */
    static long[] spread(int[] from, int[] to) {
        NdArray positions = NP.arange(0L, Shape.size(from), 1L, DType.INT64).reshape(from);
        NdArray spread = Py.guard(() -> NP.add(NP.zeros(to, DType.INT64), positions));
        if (!Arrays.equals(spread.shape(), to)) {
            throw PlaygroundError.valueError("could not broadcast input array from shape " + Shape.pythonTuple(from)
                    + " into shape " + Shape.pythonTuple(to));
        }
        return spread.toLongArray();
    }

    // ------------------------------------------------------------------ casting

    /** {@code astype}: to another string dtype (cut to its width), or parsed to numbers as NumPy parses them. */
    static Value astype(StringArrayValue array, Value dtypeValue) {
        StringDTypeValue target = StringDTypeValue.parse(dtypeValue);
        String[] data = array.data();
        if (target != null) {
            int width = target.width() > 0 ? target.width() : array.dtype().width();
            String[] out = new String[data.length];
            for (int i = 0; i < data.length; i++) {
                if (!target.isUnicode() && array.dtype().isUnicode()) {
                    checkAscii(data[i]);
                }
                out[i] = fit(data[i], width);
            }
            return new StringArrayValue(out, array.shape(), target.withWidth(width));
        }
        DType dtype = ArrayValue.requireDType(NP, dtypeValue);
        List<Object> items = new ArrayList<>(data.length);
        for (String text : data) {
            String scalar = (array.dtype().isUnicode() ? "np.str_(" : "np.bytes_(b") + PythonQuote.of(text) + ")";
            if (dtype.isBool()) {
                items.add(!text.isEmpty());
            } else if (dtype.isInteger()) {
                try {
                    items.add(new BigInteger(text.strip().replace("_", "")).longValueExact());
                } catch (NumberFormatException | ArithmeticException e) {
                    throw PlaygroundError.valueError("invalid literal for int() with base 10: " + scalar);
                }
            } else {
                items.add(parseFloat(text, scalar));
            }
        }
        return new ArrayValue(Py.guard(() -> NP.array(items, dtype).reshape(array.shape())));
    }

    private static double parseFloat(String text, String scalar) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        String unsigned = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        double sign = t.startsWith("-") ? -1 : 1;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (!t.matches("[+-]?(\\d[\\d_]*\\.?[\\d_]*|\\.\\d[\\d_]*)(e[+-]?\\d+)?")) {
            throw PlaygroundError.valueError("could not convert string to float: " + scalar);
        }
        return Double.parseDouble(t.replace("_", ""));
    }

    /** A numeric array cast to a string dtype: each element as Python's str, cut to the width. */
    static StringArrayValue fromNumeric(NdArray array, StringDTypeValue target) {
        StringArrayValue made = create(new ArrayValue(array), target);
        return made;
    }

    // ------------------------------------------------------------------ sorting

    /** {@code np.sort}: along {@code axis} (default last; None flattens), by code point or unsigned byte. */
    static StringArrayValue sort(StringArrayValue array, Value axisValue) {
        int[] order = argsortPositions(array, axisValue);
        String[] data = array.data();
        String[] out = new String[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = data[order[i]];
        }
        int[] shape = axisValue == NoneValue.INSTANCE ? new int[] {data.length} : array.shape();
        return new StringArrayValue(out, shape, array.dtype());
    }

    /** {@code argsort}: the index along the axis of each sorted element (stable, as NumPy's for small lanes). */
    static Value argsort(StringArrayValue array, Value axisValue) {
        int[] order = argsortPositions(array, axisValue);
        int[] shape = axisValue == NoneValue.INSTANCE ? new int[] {order.length} : array.shape();
        int axis = shape.length == 0 ? 0 : axisOf(axisValue, shape.length);
        int stride = 1;
        for (int k = axis + 1; k < shape.length; k++) {
            stride *= shape[k];
        }
        int length = shape.length == 0 ? 1 : shape[axis];
        List<Object> items = new ArrayList<>(order.length);
        for (int position : order) {
            items.add((long) (position / stride % length));
        }
        return new ArrayValue(Py.guard(() -> NP.array(items, DType.INT64).reshape(shape)));
    }

    /** For each output slot, the flat position of the element that lands there. */
    private static int[] argsortPositions(StringArrayValue array, Value axisValue) {
        String[] data = array.data();
        int[] shape = array.shape();
        Comparator<String> order = array.dtype().isUnicode() ? CODE_POINTS : Comparator.naturalOrder();
        if (axisValue == NoneValue.INSTANCE || shape.length == 0) {
            Integer[] all = new Integer[data.length];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            Arrays.sort(all, (x, y) -> order.compare(data[x], data[y]));
            return Arrays.stream(all).mapToInt(Integer::intValue).toArray();
        }
        int axis = axisOf(axisValue, shape.length);
        int stride = 1;
        for (int k = axis + 1; k < shape.length; k++) {
            stride *= shape[k];
        }
        int length = shape[axis];
        int[] out = new int[data.length];
        for (int start = 0; start < data.length; start++) {
            if (start / stride % length != 0) {
                continue; // not the first element of a lane
            }
            Integer[] lane = new Integer[length];
            for (int i = 0; i < length; i++) {
                lane[i] = start + i * stride;
            }
            Arrays.sort(lane, (x, y) -> order.compare(data[x], data[y]));
            for (int i = 0; i < length; i++) {
                out[start + i * stride] = lane[i];
            }
        }
        return out;
    }

    private static int axisOf(Value axisValue, int ndim) {
        int axis = axisValue == null ? -1 : Py.toInt(axisValue, "axis");
        if (axis < -ndim || axis >= ndim) {
            throw PlaygroundError.of("AxisError", "axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    /** {@code np.unique}: the sorted distinct strings, with return_index, return_inverse and return_counts. */
    static Value unique(StringArrayValue array, boolean index, boolean inverse, boolean counts) {
        String[] data = array.data();
        int[] order = argsortPositions(array, NoneValue.INSTANCE);
        Comparator<String> cmp = array.dtype().isUnicode() ? CODE_POINTS : Comparator.naturalOrder();
        List<String> distinct = new ArrayList<>();
        List<Object> first = new ArrayList<>();
        List<Object> count = new ArrayList<>();
        long[] inverseOf = new long[data.length];
        for (int position : order) {
            if (distinct.isEmpty() || cmp.compare(distinct.getLast(), data[position]) != 0) {
                distinct.add(data[position]);
                first.add((long) position);
                count.add(0L);
            }
            count.set(count.size() - 1, (Long) count.getLast() + 1);
            inverseOf[position] = distinct.size() - 1;
        }
        StringArrayValue values = new StringArrayValue(distinct.toArray(String[]::new), new int[] {distinct.size()},
                array.dtype());
        if (!index && !inverse && !counts) {
            return values;
        }
        List<Value> out = new ArrayList<>(List.of(values));
        if (index) {
            out.add(new ArrayValue(NP.array(first, DType.INT64)));
        }
        if (inverse) {
            List<Object> items = new ArrayList<>();
            for (long i : inverseOf) {
                items.add(i);
            }
            out.add(new ArrayValue(NP.array(items, DType.INT64).reshape(array.shape())));
        }
        if (counts) {
            out.add(new ArrayValue(NP.array(count, DType.INT64)));
        }
        return new TupleValue(out);
    }

    // ------------------------------------------------------------------ operators

    private static boolean isStringLike(Value value) {
        return value instanceof StringArrayValue || value instanceof StrValue || value instanceof BytesValue
                || (value instanceof ListValue || value instanceof TupleValue) && create(value, null) != null;
    }

    /** NumPy's dtype of an operand, as its error messages print it. */
    static String dtypeText(Value value) {
        return switch (value) {
            case StringArrayValue array -> array.dtype().repr();
            case StrValue text -> "dtype('<U" + text.length() + "')";
            case BytesValue bytes -> "dtype('S" + bytes.length() + "')";
            case BoolValue b -> "dtype('bool')";
            case IntValue i -> "dtype('int64')";
            case FloatValue f -> "dtype('float64')";
            case ArrayValue array -> "dtype('" + array.array().dtype().numpyName() + "')";
            default -> "dtype('O')";
        };
    }

    /** ==, !=, <, ... elementwise with broadcasting; a number is never equal to a string. */
    static Value compare(StringArrayValue self, CompareOperator op, Value other) {
        String ufunc = switch (op) {
            case EQUAL -> "equal";
            case NOT_EQUAL -> "not_equal";
            case LESS -> "less";
            case LESS_EQUAL -> "less_equal";
            case GREATER -> "greater";
            case GREATER_EQUAL -> "greater_equal";
            default -> null;
        };
        if (ufunc == null) {
            return NotImplementedValue.INSTANCE;
        }
        if (!isStringLike(other)) {
            if (!(other instanceof ArrayValue || other instanceof IntValue || other instanceof FloatValue
                    || other instanceof BoolValue || other instanceof ListValue || other instanceof TupleValue)) {
                return NotImplementedValue.INSTANCE;
            }
            if (op == CompareOperator.EQUAL || op == CompareOperator.NOT_EQUAL) {
                int[] shape = other instanceof ArrayValue array ? Py.guard(() -> Shape.broadcast(self.shape(),
                        array.array().shape())) : self.shape();
                return new ArrayValue(Py.guard(() -> NP.full(shape, op == CompareOperator.NOT_EQUAL, DType.BOOL)));
            }
            String scalarType = other instanceof IntValue ? "<class 'numpy.dtypes._PyLongDType'>"
                    : other instanceof FloatValue ? "<class 'numpy.dtypes._PyFloatDType'>" : dtypeText(other);
            String selfType = other instanceof ArrayValue ? self.dtype().repr()
                    : "<class 'numpy.dtypes." + (self.dtype().isUnicode() ? "StrDType" : "BytesDType") + "'>";
            throw PlaygroundError.of("UFuncTypeError", "ufunc '" + ufunc + "' did not contain a loop with signature "
                    + "matching types (" + selfType + ", " + scalarType + ") -> None");
        }
        StringArrayValue that = coerce(other, self.dtype().kind());
        if (that.dtype().kind() != self.dtype().kind()) {
            if (op == CompareOperator.EQUAL || op == CompareOperator.NOT_EQUAL) {
                int[] shape = Py.guard(() -> Shape.broadcast(self.shape(), that.shape()));
                return new ArrayValue(Py.guard(() -> NP.full(shape, op == CompareOperator.NOT_EQUAL, DType.BOOL)));
            }
            throw PlaygroundError.of("UFuncTypeError", "ufunc '" + ufunc + "' did not contain a loop with signature "
                    + "matching types (" + self.dtype().repr() + ", " + that.dtype().repr() + ") -> None");
        }
        int[] shape = Py.guard(() -> Shape.broadcast(self.shape(), that.shape()));
        long[] left = spread(self.shape(), shape);
        long[] right = spread(that.shape(), shape);
        String[] a = self.data();
        String[] b = that.data();
        Comparator<String> cmp = self.dtype().isUnicode() ? CODE_POINTS : Comparator.naturalOrder();
        List<Object> out = new ArrayList<>(left.length);
        for (int i = 0; i < left.length; i++) {
            int c = cmp.compare(a[(int) left[i]], b[(int) right[i]]);
            out.add(switch (op) {
                case EQUAL -> c == 0;
                case NOT_EQUAL -> c != 0;
                case LESS -> c < 0;
                case LESS_EQUAL -> c <= 0;
                case GREATER -> c > 0;
                default -> c >= 0;
            });
        }
        return new ArrayValue(Py.guard(() -> NP.array(out, DType.BOOL).reshape(shape)));
    }

    /** {@code +} joins strings elementwise (widths add up); every other operator raises NumPy's error. */
    static Value binary(StringArrayValue self, BinaryOperator op, Value other, boolean reflected) {
        boolean stringOther = isStringLike(other);
        boolean numberOther = other instanceof ArrayValue || other instanceof IntValue || other instanceof FloatValue
                || other instanceof BoolValue;
        if (!stringOther && !numberOther) {
            return NotImplementedValue.INSTANCE;
        }
        String first = dtypeText(reflected ? other : self);
        String second = dtypeText(reflected ? self : other);
        if (op == BinaryOperator.ADD && stringOther) {
            StringArrayValue that = coerce(other, self.dtype().kind());
            if (that.dtype().kind() != self.dtype().kind()) {
                throw PlaygroundError.of("UFuncTypeError", "ufunc 'add' cannot use operands with types " + first
                        + " and " + second);
            }
            StringArrayValue left = reflected ? that : self;
            StringArrayValue right = reflected ? self : that;
            int[] shape = Py.guard(() -> Shape.broadcast(left.shape(), right.shape()));
            long[] l = spread(left.shape(), shape);
            long[] r = spread(right.shape(), shape);
            String[] a = left.data();
            String[] b = right.data();
            String[] out = new String[l.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = a[(int) l[i]] + b[(int) r[i]];
            }
            int width = left.dtype().width() + right.dtype().width();
            return new StringArrayValue(out, shape, self.dtype().withWidth(width));
        }
        if (op == BinaryOperator.MULTIPLY && !stringOther) {
            throw PlaygroundError.typeError("The 'out' kwarg is necessary when using the string multiply ufunc "
                    + "directly. Use numpy.strings.multiply to multiply strings without specifying 'out'.");
        }
        String ufunc = switch (op) {
            case ADD -> "add";
            case SUBTRACT -> "subtract";
            case MULTIPLY -> "multiply";
            case TRUE_DIVIDE -> "divide";
            case FLOOR_DIVIDE -> "floor_divide";
            case MODULO -> "remainder";
            case POWER -> "power";
            case MATMUL -> "matmul";
            case LEFT_SHIFT -> "left_shift";
            case RIGHT_SHIFT -> "right_shift";
            case BIT_AND -> "bitwise_and";
            case BIT_OR -> "bitwise_or";
            case BIT_XOR -> "bitwise_xor";
        };
        if (op == BinaryOperator.ADD || op == BinaryOperator.SUBTRACT || op == BinaryOperator.MULTIPLY) {
            throw PlaygroundError.of("UFuncTypeError", "ufunc '" + ufunc + "' did not contain a loop with signature "
                    + "matching types (" + first + ", " + second + ") -> None");
        }
        throw PlaygroundError.typeError("ufunc '" + ufunc + "' not supported for the input types, and the inputs "
                + "could not be safely coerced to any supported types according to the casting rule ''safe''");
    }

    /** NumPy's error for a numeric reduction of strings. */
    static PlaygroundError reductionError(String method, StringDTypeValue dtype) {
        String d = dtype.repr();
        String doubled = dtype.withWidth(2 * dtype.width()).repr();
        return switch (method) {
            case "max", "min" -> PlaygroundError.of("UFuncTypeError", "ufunc '" + (method.equals("max") ? "maximum"
                    : "minimum") + "' did not contain a loop with signature matching types (" + d + ", " + d
                    + ") -> None");
            case "prod" -> PlaygroundError.of("UFuncTypeError", "ufunc 'multiply' did not contain a loop with "
                    + "signature matching types (" + d + ", " + d + ") -> None");
            case "cumsum" -> PlaygroundError.typeError("the resolved dtypes are not compatible with add.accumulate. "
                    + "Resolved (" + d + ", " + d + ", " + doubled + ")");
            default -> PlaygroundError.typeError("the resolved dtypes are not compatible with add.reduce. Resolved ("
                    + d + ", " + d + ", " + doubled + ")");
        };
    }

    // ------------------------------------------------------------------ numpy functions

    /**
     * Puts string-aware versions of numpy's functions in {@code functions}: each hands numeric data to the
     * original unchanged.
     */
    static void install(Map<String, Value> functions) {
        for (String name : List.of("array", "asarray")) {
            Value original = functions.get(name);
            functions.put(name, new BuiltinFunction(name, (arguments, context) -> {
                Value object = argument(arguments, 0, "object", "a");
                Value dtypeValue = argument(arguments, 1, "dtype", "dtype");
                StringDTypeValue dtype = StringDTypeValue.parse(dtypeValue);
                StringArrayValue made = object == null ? null : create(object, dtype);
                return made != null ? made : context.call(original, arguments);
            }));
        }
        for (String name : MOVING) {
            Value original = functions.get(name);
            if (original != null) {
                functions.put(name, new BuiltinFunction(name, (arguments, context) ->
                        moving(name, original, arguments, context)));
            }
        }
        Value sort = functions.get("sort");
        functions.put("sort", new BuiltinFunction("sort", (arguments, context) -> {
            Value a = argument(arguments, 0, "a", "a");
            return a instanceof StringArrayValue array
                    ? sort(array, arguments.keywords().getOrDefault("axis", arguments.size() > 1
                            && arguments.positional().size() > 1 ? arguments.positional().get(1) : null))
                    : context.call(sort, arguments);
        }));
        Value argsort = functions.get("argsort");
        functions.put("argsort", new BuiltinFunction("argsort", (arguments, context) -> {
            Value a = argument(arguments, 0, "a", "a");
            return a instanceof StringArrayValue array
                    ? argsort(array, arguments.keywords().getOrDefault("axis", arguments.positional().size() > 1
                            ? arguments.positional().get(1) : null))
                    : context.call(argsort, arguments);
        }));
        Value unique = functions.get("unique");
        functions.put("unique", new BuiltinFunction("unique", (arguments, context) -> {
            Value a = argument(arguments, 0, "ar", "ar");
            StringArrayValue array = a instanceof StringArrayValue s ? s
                    : a instanceof ListValue || a instanceof TupleValue ? create(a, null) : null;
            if (array == null) {
                return context.call(unique, arguments);
            }
            Value[] slots = arguments.bind("unique", List.of("ar", "return_index", "return_inverse",
                    "return_counts", "axis", "equal_nan", "sorted"), 1);
            return unique(array, Py.toBool(slots[1]), Py.toBool(slots[2]), Py.toBool(slots[3]));
        }));
    }

    private static Value argument(Arguments arguments, int position, String keyword, String alias) {
        if (arguments.positional().size() > position) {
            return arguments.positional().get(position);
        }
        Value value = arguments.keywords().get(keyword);
        return value != null ? value : arguments.keywords().get(alias);
    }

    /**
     * A function that only moves elements, called with position arrays in place of the string arrays (and of the
     * strings in {@code where}'s choices); the positions it returns are read back as strings.
     */
    private static Value moving(String name, Value original, Arguments arguments, CallContext context) {
        Pool pool = new Pool();
        boolean where = name.equals("where");
        List<Value> positional = new ArrayList<>();
        for (int i = 0; i < arguments.positional().size(); i++) {
            Value value = arguments.positional().get(i);
            positional.add(where && i > 0 ? pool.scalarToo(value) : pool.substitute(value, true));
        }
        Map<String, Value> keywords = new LinkedHashMap<>();
        arguments.keywords().forEach((key, value) -> keywords.put(key, where && (key.equals("x") || key.equals("y"))
                ? pool.scalarToo(value) : pool.substitute(value, true)));
        if (pool.arrays == 0) {
            return context.call(original, arguments);
        }
        if (where && positional.size() + keywords.size() < 3) {
            return context.call(original, arguments); // where(condition) looks at no strings
        }
        Value result = context.call(original, new Arguments(positional, keywords));
        return pool.gather(result);
    }

    /** The strings of every array a call takes, end to end, and their common dtype. */
    private static final class Pool {
        final List<String> data = new ArrayList<>();
        char kind = 'S';
        int width = 1;
        int arrays;

        /** A string array (or, inside a list, a string or number array beside one) as its positions in the pool. */
        Value substitute(Value value, boolean descend) {
            if (value instanceof StringArrayValue array) {
                return add(array);
            }
            if (descend && (value instanceof ListValue || value instanceof TupleValue)) {
                List<Value> items = ((io.tastelab.playground.interp.IterableValue) value).items();
                boolean anyStrings = items.stream().anyMatch(StringArrayValue.class::isInstance);
                if (!anyStrings) {
                    return value;
                }
                List<Value> out = new ArrayList<>();
                for (Value item : items) {
                    out.add(item instanceof StringArrayValue array ? add(array)
                            : add(coerce(item, 'U')));
                }
                return value instanceof ListValue ? new ListValue(out) : new TupleValue(out);
            }
            return value;
        }

        /** where's x and y: strings and bytes too, as 0-d arrays. */
        Value scalarToo(Value value) {
            if (value instanceof StrValue || value instanceof BytesValue) {
                return add(coerce(value, 'U'));
            }
            return substitute(value, true);
        }

        private ArrayValue add(StringArrayValue array) {
            arrays++;
            long start = data.size();
            data.addAll(Arrays.asList(array.data()));
            if (array.dtype().isUnicode()) {
                kind = 'U';
            }
            width = Math.max(width, array.dtype().width());
            NdArray positions = NP.arange(start, start + Shape.size(array.shape()), 1L, DType.INT64)
                    .reshape(array.shape());
            return new ArrayValue(positions);
        }

        Value gather(Value result) {
            StringArrayValue all = new StringArrayValue(data.toArray(String[]::new), new int[] {data.size()},
                    new StringDTypeValue(kind, width));
            return switch (result) {
                case ListValue list -> new ListValue(list.items().stream().map(all::gather).toList());
                case TupleValue tuple -> new TupleValue(tuple.items().stream().map(all::gather).toList());
                case ArrayValue array when array.array().isScalar() -> all.gather(new ArrayValue(
                        array.array().reshape()));
                default -> all.gather(result);
            };
        }
    }

    /** Python's repr of a str's text, for NumPy's messages that quote an element. */
    private static final class PythonQuote {
        static String of(String text) {
            return new StrValue(text).repr();
        }
    }
}
