package io.tastelab.playground.interp;

import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Python {@code bytes} ({@code b"hello"}, NumPy's {@code S} array elements): Python's repr, equality and ordering
 * by unsigned bytes, {@code +}, {@code *} by an int, {@code len}, iteration and indexing as ints, slicing, and
 * {@code decode}. Immutable.
 */
public final class BytesValue implements IterableValue, SubscriptDispatch, AttributeDispatch, OperatorDispatch {
    private final byte[] bytes;
    private final boolean numpyScalar;

    public BytesValue(byte[] bytes) {
        this(bytes, false);
    }

    /** With {@code numpyScalar}: NumPy's {@code bytes_} (an S array's element), shown as {@code np.bytes_(b'..')}. */
    public BytesValue(byte[] bytes, boolean numpyScalar) {
        this.bytes = bytes.clone();
        this.numpyScalar = numpyScalar;
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String typeName() {
        return numpyScalar ? "bytes_" : "bytes";
    }

    @Override
    public String repr() {
        return numpyScalar ? "np.bytes_(" + str() + ")" : str();
    }

    /** Python's repr of bytes: {@code b'...'}, printable ASCII as is, \t \n \r, other bytes as \xhh. */
    @Override
    public String str() {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : bytes) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder("b").append(quote);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c >= 0x7F) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.append((char) c);
            }
        }
        return out.append(quote).toString();
    }

    @Override
    public boolean isTruthy() {
        return bytes.length > 0;
    }

    @Override
    public long length() {
        return bytes.length;
    }

    @Override
    public List<Value> items() {
        List<Value> out = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            out.add(IntValue.of(b & 0xFF));
        }
        return out;
    }

    @Override
    public Value getItem(Value index) {
        if (index instanceof SliceValue slice) {
            SliceValue.Bounds bounds = slice.indices(bytes.length);
            byte[] out = new byte[(int) bounds.length()];
            for (int i = 0; i < out.length; i++) {
                out[i] = bytes[(int) (bounds.start() + i * bounds.step())];
            }
            return new BytesValue(out);
        }
        java.math.BigInteger position = Values.asIndex(index);
        if (position == null) {
            throw PlaygroundError.typeError("byte indices must be integers or slices, not " + index.typeName());
        }
        if (position.bitLength() > 62) {
            throw PlaygroundError.indexError("cannot fit 'int' into an index-sized integer");
        }
        long i = position.longValue();
        long at = i < 0 ? i + bytes.length : i;
        if (at < 0 || at >= bytes.length) {
            throw PlaygroundError.indexError("index out of range");
        }
        return IntValue.of(bytes[(int) at] & 0xFF);
    }

    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "decode" -> new BuiltinFunction("decode", (arguments, context) -> {
                arguments.bind("decode", List.of("encoding", "errors"), 0);
                return new StrValue(new String(bytes, StandardCharsets.UTF_8));
            }, "bytes object");
            case "hex" -> new BuiltinFunction("hex", (arguments, context) -> {
                arguments.bind("hex", List.of(), 0);
                return new StrValue(java.util.HexFormat.of().formatHex(bytes));
            }, "bytes object");
            default -> null;
        };
    }

    @Override
    public Value binaryOp(BinaryOperator op, Value other, boolean reflected) {
        if (op == BinaryOperator.ADD && other instanceof BytesValue that) {
            byte[] first = reflected ? that.bytes : bytes;
            byte[] second = reflected ? bytes : that.bytes;
            byte[] joined = Arrays.copyOf(first, first.length + second.length);
            System.arraycopy(second, 0, joined, first.length, second.length);
            return new BytesValue(joined);
        }
        if (op == BinaryOperator.MULTIPLY && (other instanceof IntValue || other instanceof BoolValue)) {
            long times = Values.asIndex(other).max(java.math.BigInteger.ZERO)
                    .min(java.math.BigInteger.valueOf(Integer.MAX_VALUE)).longValue();
            if (times * bytes.length > Integer.MAX_VALUE - 8) {
                throw PlaygroundError.memoryError("the playground cannot hold bytes that long");
            }
            byte[] out = new byte[(int) (times * bytes.length)];
            for (int i = 0; i < times; i++) {
                System.arraycopy(bytes, 0, out, i * bytes.length, bytes.length);
            }
            return new BytesValue(out);
        }
        return NotImplementedValue.INSTANCE;
    }

    @Override
    public Value compare(CompareOperator op, Value other) {
        if (!(other instanceof BytesValue that)) {
            return switch (op) {
                case EQUAL -> BoolValue.of(false);
                case NOT_EQUAL -> BoolValue.of(true);
                default -> NotImplementedValue.INSTANCE;
            };
        }
        int order = Arrays.compareUnsigned(bytes, that.bytes);
        return switch (op) {
            case EQUAL -> BoolValue.of(order == 0);
            case NOT_EQUAL -> BoolValue.of(order != 0);
            case LESS -> BoolValue.of(order < 0);
            case LESS_EQUAL -> BoolValue.of(order <= 0);
            case GREATER -> BoolValue.of(order > 0);
            case GREATER_EQUAL -> BoolValue.of(order >= 0);
            default -> NotImplementedValue.INSTANCE;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BytesValue that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
