package io.tastelab.playground.arrays;

import io.tastelab.array.ArrayNamespace;
import io.tastelab.array.ArrayWords;
import io.tastelab.array.DType;
import io.tastelab.array.NdArray;
import io.tastelab.array.Shape;
import io.tastelab.playground.interp.Arguments;
import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.BuiltinFunction;
import io.tastelab.playground.interp.BytesValue;
import io.tastelab.playground.interp.CallableValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.IterableValue;
import io.tastelab.playground.interp.ListValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.NotImplementedValue;
import io.tastelab.playground.interp.OperatorDispatch;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.SubscriptDispatch;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import io.tastelab.playground.lang.UnaryOperator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A NumPy array of fixed-width strings ({@code <U6}) or bytes ({@code |S7}), held as Java strings in C order (for
 * bytes, one char per byte). Indexing and the shape methods run on an int64 array of element positions, so they
 * keep NumPy's semantics and errors; comparisons and {@code +} broadcast as NumPy's string ufuncs do, and the
 * numeric ufuncs raise NumPy's errors. Elements come back as Python {@code str}/{@code bytes} with trailing NULs
 * dropped, as NumPy's {@code str_}/{@code bytes_} scalars print. Slices and reshapes are copies here, not views.
 */
final class StringArrayValue implements AttributeDispatch, SubscriptDispatch, OperatorDispatch, IterableValue {
    private static final ArrayNamespace NP = ArrayNamespace.NUMPY;
    private static final String OWNER = "numpy.ndarray object";
    /** Methods that only move elements: run on the positions array, then read the strings back. */
    private static final Set<String> MOVES = Set.of("reshape", "ravel", "flatten", "transpose", "squeeze", "copy",
            "swapaxes", "repeat", "take", "T");

    private final String[] data;
    private final int[] shape;
    private final StringDTypeValue dtype;
    /** NumPy's {@code np.void} scalar: a 0-d void array that shows itself as {@code np.void(b'...')}. */
    private final boolean voidScalar;

    StringArrayValue(String[] data, int[] shape, StringDTypeValue dtype) {
        this(data, shape, dtype, false);
    }

    StringArrayValue(String[] data, int[] shape, StringDTypeValue dtype, boolean voidScalar) {
        this.data = data;
        this.shape = shape;
        this.dtype = dtype;
        this.voidScalar = voidScalar;
    }

    StringDTypeValue dtype() {
        return dtype;
    }

    int[] shape() {
        return shape.clone();
    }

    /** The elements in C order (trailing NULs dropped). */
    String[] data() {
        return data.clone();
    }

    @Override
    public String typeName() {
        return voidScalar ? "void" : "ndarray";
    }

    // ------------------------------------------------------------------ printing

    @Override
    public String repr() {
        if (voidScalar) {
            return "np.void(" + word(0) + ")";
        }
        String prefix = "array(";
        String body = data.length == 0 ? "[]"
                : ArrayWords.layout(shape, i -> word((int) (long) i), ", ", prefix, ")");
        if (shape.length == 0) {
            body = word(0);
        }
        List<String> extras = new ArrayList<>();
        if (data.length == 0 && !(shape.length == 1) || ArrayWords.summarized(data.length)) {
            extras.add("shape=" + Shape.pythonTuple(shape));
        }
        extras.add("dtype='" + dtype.code() + "'");
        String arrStr = prefix + body + ",";
        String extraStr = String.join(", ", extras) + ")";
        int lastLineLen = arrStr.length() - (arrStr.lastIndexOf('\n') + 1);
        String spacer = lastLineLen + extraStr.length() + 1 > ArrayWords.lineWidth() ? "\n" + " ".repeat(6) : " ";
        return arrStr + spacer + extraStr;
    }

    @Override
    public String str() {
        if (shape.length == 0) {
            return element(0).str();
        }
        return data.length == 0 ? "[]" : ArrayWords.layout(shape, i -> word((int) (long) i), " ", "", "");
    }

    @Override
    public boolean isTruthy() {
        if (data.length != 1) {
            throw PlaygroundError.valueError("The truth value of an array with more than one element is ambiguous. "
                    + "Use a.any() or a.all()");
        }
        return !data[0].isEmpty();
    }

    // ------------------------------------------------------------------ elements

    /** An element as the array's printout shows it: Python's repr of the str or bytes. */
    private String word(int position) {
        if (dtype.isVoid()) { // every byte in hex, NULs to the width included, as NumPy prints raw bytes
            StringBuilder out = new StringBuilder("b'");
            for (int i = 0; i < dtype.width(); i++) {
                int b = i < data[position].length() ? data[position].charAt(i) : 0;
                out.append(String.format("\\x%02X", b));
            }
            return out.append('\'').toString();
        }
        return dtype.isUnicode() ? new StrValue(data[position]).repr()
                : new BytesValue(data[position].getBytes(StandardCharsets.ISO_8859_1)).repr();
    }

    /** The Python value of the element at a flat position: str, or bytes for an S array. */
    Value element(int position) {
        if (dtype.isVoid()) {
            return new StringArrayValue(new String[] {data[position]}, new int[0], dtype, true);
        }
        return dtype.isUnicode() ? StrValue.numpyScalar(data[position])
                : new BytesValue(data[position].getBytes(StandardCharsets.ISO_8859_1), true);
    }

    /** The int64 array of element positions, shaped as this array. */
    ArrayValue positions() {
        return new ArrayValue(NP.arange(0L, (long) data.length, 1L, DType.INT64).reshape(shape));
    }

    /** The strings at the positions a positions array holds, in its shape (an element for a scalar). */
    Value gather(Value moved) {
        if (!(moved instanceof ArrayValue result)) {
            return moved;
        }
        NdArray array = result.array();
        long[] at = array.toLongArray();
        if (array.isScalar()) {
            return element((int) at[0]);
        }
        String[] out = new String[at.length];
        for (int i = 0; i < at.length; i++) {
            out[i] = data[(int) at[i]];
        }
        return new StringArrayValue(out, array.shape(), dtype);
    }

    @Override
    public long length() {
        if (shape.length == 0) {
            throw PlaygroundError.typeError("len() of unsized object");
        }
        return shape[0];
    }

    @Override
    public List<Value> items() {
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < length(); i++) {
            out.add(getItem(IntValue.of(i)));
        }
        return out;
    }

    @Override
    public Value getItem(Value index) {
        return gather(positions().getItem(index));
    }

    @Override
    public void setItem(Value index, Value value) {
        Value target = positions().getItem(index);
        NdArray where = target instanceof ArrayValue array ? array.array() : null;
        long[] at = where.toLongArray();
        StringArrayValue source = StringArrays.coerce(value, dtype.kind());
        long[] from = StringArrays.spread(source.shape, where.shape());
        for (int i = 0; i < at.length; i++) {
            data[(int) at[i]] = StringArrays.fit(source.data[(int) from[i]], dtype.width());
        }
    }

    // ------------------------------------------------------------------ attributes

    @Override
    public Value getAttribute(String name) {
        if (MOVES.contains(name)) {
            Value moved = positions().getAttribute(name);
            if (!(moved instanceof CallableValue method)) {
                return gather(moved);
            }
            return new BuiltinFunction(name, (arguments, context) -> gather(context.call(method, arguments)), OWNER);
        }
        return switch (name) {
            case "dtype" -> dtype;
            case "shape" -> Py.shapeTuple(shape);
            case "ndim" -> IntValue.of(shape.length);
            case "size" -> IntValue.of(data.length);
            case "itemsize" -> dtype.getAttribute("itemsize");
            case "nbytes" -> IntValue.of(data.length * ((IntValue) dtype.getAttribute("itemsize")).value().longValue());
            case "tolist" -> Fn.method(name, OWNER, List.of(), 0, (a, c) -> toList(0, 0));
            case "item" -> Fn.method(name, OWNER, List.of("args"), 0, (a, c) -> {
                if (a[0] == null && data.length != 1) {
                    throw PlaygroundError.valueError("can only convert an array of size 1 to a Python scalar");
                }
                return a[0] == null ? element(0) : gather(positions().getAttribute("item") instanceof CallableValue f
                        ? c.call(f, Arguments.of(a[0])) : null);
            });
            case "tobytes" -> Fn.method(name, OWNER, List.of("order"), 0, (a, c) -> new BytesValue(toBytes()));
            case "astype" -> Fn.method(name, OWNER, List.of("dtype", "order", "casting", "subok", "copy"), 1,
                    (a, c) -> StringArrays.astype(this, a[0]));
            case "sort" -> Fn.method(name, OWNER, List.of("axis", "kind", "order", "stable"), 0, (a, c) -> {
                StringArrayValue sorted = StringArrays.sort(this, a[0]);
                System.arraycopy(sorted.data, 0, data, 0, data.length);
                return NoneValue.INSTANCE;
            });
            case "argsort" -> Fn.method(name, OWNER, List.of("axis", "kind", "order", "stable"), 0,
                    (a, c) -> StringArrays.argsort(this, a[0]));
            case "sum", "mean", "std", "var", "cumsum", "prod", "max", "min" -> Fn.method(name, OWNER,
                    List.of("axis", "dtype", "out", "keepdims"), 0, (a, c) -> {
                        throw StringArrays.reductionError(name, dtype);
                    });
            default -> null;
        };
    }

    private Value toList(int axis, int offset) {
        if (axis == shape.length) {
            return dtype.isUnicode() ? new StrValue(data[offset])
                    : new BytesValue(data[offset].getBytes(StandardCharsets.ISO_8859_1));
        }
        int stride = 1;
        for (int k = axis + 1; k < shape.length; k++) {
            stride *= shape[k];
        }
        List<Value> items = new ArrayList<>(shape[axis]);
        for (int i = 0; i < shape[axis]; i++) {
            items.add(toList(axis + 1, offset + i * stride));
        }
        return new ListValue(items);
    }

    /** NumPy's buffer: each element padded with NULs to the width (UTF-32 little-endian for U). */
    private byte[] toBytes() {
        int itemSize = dtype.isUnicode() ? 4 * dtype.width() : dtype.width();
        if ((long) data.length * itemSize > Integer.MAX_VALUE - 8) {
            throw PlaygroundError.memoryError("the playground cannot hold " + (long) data.length * itemSize
                    + " bytes");
        }
        byte[] out = new byte[data.length * itemSize];
        for (int i = 0; i < data.length; i++) {
            byte[] item = dtype.isUnicode() ? data[i].getBytes(java.nio.charset.Charset.forName("UTF-32LE"))
                    : data[i].getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(item, 0, out, i * itemSize, Math.min(item.length, itemSize));
        }
        return out;
    }

    // ------------------------------------------------------------------ operators

    @Override
    public Value compare(CompareOperator op, Value other) {
        return StringArrays.compare(this, op, other);
    }

    @Override
    public Value binaryOp(BinaryOperator op, Value other, boolean reflected) {
        return StringArrays.binary(this, op, other, reflected);
    }

    @Override
    public Value unaryOp(UnaryOperator op) {
        if (op == UnaryOperator.NOT) {
            return NotImplementedValue.INSTANCE;
        }
        String ufunc = switch (op) {
            case NEGATE -> "negative";
            case PLUS -> "positive";
            default -> "invert";
        };
        throw PlaygroundError.of("UFuncTypeError", "ufunc '" + ufunc + "' did not contain a loop with signature "
                + "matching types <class 'numpy.dtypes." + (dtype.isUnicode() ? "StrDType" : "BytesDType")
                + "'> -> None");
    }

    @Override
    public Value absolute() {
        throw PlaygroundError.of("UFuncTypeError", "ufunc 'absolute' did not contain a loop with signature "
                + "matching types <class 'numpy.dtypes." + (dtype.isUnicode() ? "StrDType" : "BytesDType")
                + "'> -> None");
    }

    @Override
    public Value contains(Value item) {
        StringArrayValue needle = StringArrays.coerce(item, dtype.kind());
        return BoolValue.of(needle.data.length == 1 && Arrays.asList(data).contains(needle.data[0]));
    }

    /** For {@code np.where}/{@code concatenate}: the tuple of this array's shape, as Python sees it. */
    TupleValue shapeTuple() {
        return Py.shapeTuple(shape);
    }
}
