package io.tastelab.playground.arrays;

import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.NoneValue;
import io.tastelab.playground.interp.OperatorDispatch;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.NotImplementedValue;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.TypeValue;
import io.tastelab.playground.interp.Value;
import io.tastelab.playground.lang.CompareOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's fixed-width string dtypes: {@code <U6} (six code points of UTF-32, 24 bytes), {@code |S7} (seven
 * bytes) and the raw {@code |V7} (seven bytes shown as hex, NULs kept). A width of 0 stands for a dtype given
 * without one ({@code str}, {@code 'U'}), sized to fit the data.
 * Immutable.
 */
record StringDTypeValue(char kind, int width) implements AttributeDispatch, OperatorDispatch {
    private static final Pattern NAME = Pattern.compile("([<>=|]?)([USV])(\\d*)");

    static StringDTypeValue unicode(int width) {
        return new StringDTypeValue('U', width);
    }

    static StringDTypeValue bytes(int width) {
        return new StringDTypeValue('S', width);
    }

    boolean isUnicode() {
        return kind == 'U';
    }

    boolean isVoid() {
        return kind == 'V';
    }

    StringDTypeValue withWidth(int newWidth) {
        return new StringDTypeValue(kind, newWidth);
    }

    /** The string dtype a dtype argument names, or null when it names another (numeric) dtype. */
    static StringDTypeValue parse(Value value) {
        if (value == null || value == NoneValue.INSTANCE) {
            return null;
        }
        return switch (value) {
            case StringDTypeValue dtype -> dtype;
            case TypeValue type when type.name().equals("str") || type.name().equals("str_") -> unicode(0);
            case TypeValue type when type.name().equals("bytes") || type.name().equals("bytes_") -> bytes(0);
            case TypeValue type when type.name().equals("void") -> new StringDTypeValue('V', 0);
            case StrValue text -> {
                String name = text.value();
                if (name.equals("str") || name.equals("unicode") || name.equals("str_")) {
                    yield unicode(0);
                }
                if (name.equals("bytes") || name.equals("bytes_")) {
                    yield bytes(0);
                }
                Matcher m = NAME.matcher(name);
                if (!m.matches()) {
                    yield null;
                }
                int width = m.group(3).isEmpty() ? 0 : Integer.parseInt(m.group(3));
                yield new StringDTypeValue(m.group(2).charAt(0), width);
            }
            default -> null;
        };
    }

    /** {@code <U6} or {@code |S7}, as {@code dtype.str} gives it. */
    String code() {
        return (isUnicode() ? "<U" : "|" + kind) + width;
    }

    @Override
    public String typeName() {
        return "dtype[" + (isUnicode() ? "str_" : isVoid() ? "void" : "bytes_") + "]";
    }

    @Override
    public String repr() {
        return "dtype('" + (isUnicode() ? "<U" : String.valueOf(kind)) + width + "')";
    }

    @Override
    public String str() {
        return code();
    }

    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "itemsize" -> IntValue.of(isUnicode() ? 4L * width : width);
            case "kind", "char" -> new StrValue(String.valueOf(kind));
            case "str" -> new StrValue(code());
            case "name" -> new StrValue((isUnicode() ? "str" : isVoid() ? "void" : "bytes")
                    + (isUnicode() ? 32L : 8L) * width);
            case "byteorder" -> new StrValue(isUnicode() ? "=" : "|");
            case "ndim" -> IntValue.of(0);
            case "shape" -> new io.tastelab.playground.interp.TupleValue(java.util.List.of());
            default -> null;
        };
    }

    @Override
    public Value compare(CompareOperator op, Value other) {
        if (op != CompareOperator.EQUAL && op != CompareOperator.NOT_EQUAL) {
            return NotImplementedValue.INSTANCE;
        }
        StringDTypeValue that = other instanceof DTypeValue ? null : parse(other);
        boolean same = that != null && that.kind == kind && (that.width == width || that.width == 0 && width == 0);
        return BoolValue.of(same == (op == CompareOperator.EQUAL));
    }
}
