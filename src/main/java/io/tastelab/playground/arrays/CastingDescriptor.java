package io.tastelab.playground.arrays;

import io.tastelab.array.DType;
import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.ComplexValue;
import io.tastelab.playground.interp.FloatValue;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.TypeValue;
import io.tastelab.playground.interp.Value;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A NumPy dtype as {@code np.can_cast} sees it: its kind character, its size in bytes and whether its bytes are
 * swapped ({@code '>f8'}). It covers every type code of {@code np.typecodes}, also those the playground has no
 * arrays of (long double {@code g}/{@code G}, object {@code O}, datetime {@code M} and timedelta {@code m}), so the
 * casting rules can be asked about them. Flexible kinds ({@code S}, {@code U}, {@code V}) of size 0 are NumPy's
 * unsized {@code 'S'}; a {@code U} holds 4 bytes per character. Datetime units are not modelled: {@code M} and
 * {@code m} are the generic (unit-less) types. Immutable.
 */
record CastingDescriptor(char kind, int itemSize, boolean swapped) {

    private static final Pattern KIND_AND_SIZE = Pattern.compile("([biufcSUVOMma])(\\d+)");

    /** The single-character type codes and the names that no {@link DType} has. */
    private static final Map<String, CastingDescriptor> NAMED = Map.ofEntries(
            Map.entry("?", of('b', 1)), Map.entry("b", of('i', 1)), Map.entry("h", of('i', 2)),
            Map.entry("i", of('i', 4)), Map.entry("l", of('i', 8)), Map.entry("q", of('i', 8)),
            Map.entry("n", of('i', 8)), Map.entry("p", of('i', 8)), Map.entry("B", of('u', 1)),
            Map.entry("H", of('u', 2)), Map.entry("I", of('u', 4)), Map.entry("L", of('u', 8)),
            Map.entry("Q", of('u', 8)), Map.entry("N", of('u', 8)), Map.entry("P", of('u', 8)),
            Map.entry("e", of('f', 2)), Map.entry("f", of('f', 4)), Map.entry("d", of('f', 8)),
            Map.entry("g", of('f', 16)), Map.entry("F", of('c', 8)), Map.entry("D", of('c', 16)),
            Map.entry("G", of('c', 32)), Map.entry("S", of('S', 0)), Map.entry("U", of('U', 0)),
            Map.entry("V", of('V', 0)), Map.entry("O", of('O', 8)), Map.entry("M", of('M', 8)),
            Map.entry("m", of('m', 8)), Map.entry("c", of('S', 1)), Map.entry("a", of('S', 0)),
            Map.entry("longdouble", of('f', 16)), Map.entry("float128", of('f', 16)),
            Map.entry("clongdouble", of('c', 32)), Map.entry("complex256", of('c', 32)),
            Map.entry("object", of('O', 8)), Map.entry("object_", of('O', 8)),
            Map.entry("datetime64", of('M', 8)), Map.entry("timedelta64", of('m', 8)),
            Map.entry("str", of('U', 0)), Map.entry("str_", of('U', 0)), Map.entry("unicode", of('U', 0)),
            Map.entry("bytes", of('S', 0)), Map.entry("bytes_", of('S', 0)), Map.entry("void", of('V', 0)));

    private static CastingDescriptor of(char kind, int itemSize) {
        return new CastingDescriptor(kind, itemSize, false);
    }

    /** One of the playground's numeric dtypes. */
    static CastingDescriptor of(DType dtype) {
        return of(dtype.kind(), dtype.itemSize());
    }

    /** bool, signed, unsigned, float or complex. */
    boolean isNumeric() {
        return "biufc".indexOf(kind) >= 0;
    }

    /** bool, signed or unsigned. */
    boolean isIntegral() {
        return "biu".indexOf(kind) >= 0;
    }

    /** A string or void kind whose size the data decides when it is 0. */
    boolean isFlexible() {
        return kind == 'S' || kind == 'U' || kind == 'V';
    }

    /** NumPy's unsized {@code 'S'}, {@code 'U'} or {@code 'V'}. */
    boolean isUnsized() {
        return isFlexible() && itemSize == 0;
    }

    /** Characters of a string kind (bytes of S, 4-byte code points of U). */
    int characters() {
        return kind == 'U' ? itemSize / 4 : itemSize;
    }

    /**
     * The type an argument of {@code can_cast} names: a dtype or scalar type, a string array or numeric array (its
     * dtype), a type code or dtype string, or Python's {@code int}, {@code float}, {@code complex}, {@code bool},
     * {@code str}, {@code bytes} and {@code object}. A Python number raises NumPy 2's NEP 50 TypeError; anything
     * else NumPy's "did not understand one of the types".
     */
    static CastingDescriptor of(Value value) {
        return switch (value) {
            case ArrayValue array -> of(array.array().dtype());
            case DTypeValue dtype -> of(dtype.dtype());
            case StringArrayValue strings -> of(strings.dtype());
            case StringDTypeValue strings -> of(strings);
            case StructuredDTypeValue ignored -> throw structured();
            case StructuredArrayValue ignored -> throw structured();
            case BoolValue ignored -> throw pythonNumber();
            case IntValue ignored -> throw pythonNumber();
            case FloatValue ignored -> throw pythonNumber();
            case ComplexValue ignored -> throw pythonNumber();
            case StrValue text -> parse(text.value());
            case TypeValue type -> switch (type.name()) {
                case "int" -> of('i', 8);
                case "float" -> of('f', 8);
                case "complex" -> of('c', 16);
                case "bool" -> of('b', 1);
                case "str", "str_" -> of('U', 0);
                case "bytes", "bytes_" -> of('S', 0);
                case "void" -> of('V', 0);
                case "object" -> of('O', 8);
                default -> throw notUnderstood();
            };
            default -> throw notUnderstood();
        };
    }

    private static CastingDescriptor of(StringDTypeValue strings) {
        return of(strings.kind(), strings.isUnicode() ? 4 * strings.width() : strings.width());
    }

    /** A type code or dtype string: {@code 'g'}, {@code '>f8'}, {@code 'S5'}, {@code 'longdouble'}, ... */
    static CastingDescriptor parse(String text) {
        String name = text.strip();
        boolean swapped = false;
        if (!name.isEmpty() && "<>=|".indexOf(name.charAt(0)) >= 0) {
            swapped = name.charAt(0) == '>';
            name = name.substring(1);
        }
        if (name.contains("[")) {
            throw PlaygroundError.typeError("the playground's datetime64 and timedelta64 have no units: '" + text
                    + "' names one (give 'M' or 'm')");
        }
        CastingDescriptor found = NAMED.get(name);
        if (found == null) {
            found = bySize(name);
        }
        if (found == null && name.equals(name.toLowerCase(Locale.ROOT))) {
            try {
                found = of(DType.parse(name));
            } catch (RuntimeException unknown) {
                throw notUnderstood();
            }
        }
        if (found == null) {
            throw notUnderstood();
        }
        // one byte has no order, as NumPy's '|'
        boolean orderMatters = found.itemSize() > 1 && found.kind() != 'S' && found.kind() != 'V' && found.kind() != 'O';
        return new CastingDescriptor(found.kind(), found.itemSize(), swapped && orderMatters);
    }

    /** {@code 'i4'}, {@code 'f16'}, {@code 'c32'}, {@code 'S5'}, {@code 'U3'}, {@code 'V8'}, {@code 'M8'}, {@code 'b1'}. */
    private static CastingDescriptor bySize(String name) {
        Matcher m = KIND_AND_SIZE.matcher(name);
        if (!m.matches()) {
            return null;
        }
        char kind = m.group(1).charAt(0);
        int size;
        try {
            size = Integer.parseInt(m.group(2));
        } catch (NumberFormatException tooLong) {
            return null;
        }
        boolean valid = switch (kind) {
            case 'b' -> size == 1;
            case 'i', 'u' -> size == 1 || size == 2 || size == 4 || size == 8;
            case 'f' -> size == 2 || size == 4 || size == 8 || size == 16;
            case 'c' -> size == 8 || size == 16 || size == 32;
            case 'O', 'M', 'm' -> size == 8;
            default -> true;
        };
        if (!valid) {
            return null;
        }
        return switch (kind) {
            case 'b' -> of('b', 1);
            case 'U' -> of('U', 4 * size);
            case 'a' -> of('S', size);
            default -> of(kind, size);
        };
    }

    private static PlaygroundError pythonNumber() {
        return PlaygroundError.typeError("can_cast() does not support Python ints, floats, and complex because the "
                + "result used to depend on the value.\nThis change was part of adopting NEP 50, we may explicitly "
                + "allow them again in the future.");
    }

    private static PlaygroundError structured() {
        return PlaygroundError.typeError("can_cast of structured dtypes is not in the playground; it answers for the "
                + "type codes of np.typecodes and sized string, bytes and void types");
    }

    private static PlaygroundError notUnderstood() {
        // NumPy's own words, whatever the argument was
        return PlaygroundError.typeError("did not understand one of the types; 'None' not accepted");
    }

    @Override
    public String toString() {
        return (swapped ? ">" : "") + kind + itemSize;
    }
}
