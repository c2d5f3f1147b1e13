package io.tastelab.playground.arrays;

import io.tastelab.playground.interp.BoolValue;
import io.tastelab.playground.interp.DictValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StrValue;
import io.tastelab.playground.interp.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code np.can_cast(from_, to, casting='safe')} and {@code np.typecodes}: NumPy's casting rules derived from each
 * type's kind and size (the legacy safe-casting rules NumPy 2 keeps for its built-in types), for every type code,
 * also those the playground cannot make arrays of.
 */
final class CanCastFunction {

    private CanCastFunction() {
    }

    static void register(Map<String, Value> functions) {
        functions.put("can_cast", Fn.function("can_cast", List.of("from_", "to", "casting"), 2, (a, c) -> {
            String rule = "safe";
            if (a[2] != null) {
                if (!(a[2] instanceof StrValue text)) {
                    throw PlaygroundError.typeError("casting must be str, not " + a[2].typeName());
                }
                rule = text.value();
            }
            return BoolValue.of(canCast(CastingDescriptor.of(a[0]), CastingDescriptor.of(a[1]), rule));
        }));
        functions.put("typecodes", typecodes());
    }

    /** NumPy's {@code np.typecodes}, in its order; a fresh dict, since a session may change its own. */
    private static DictValue typecodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("Character", "c");
        codes.put("Integer", "bhilqnp");
        codes.put("UnsignedInteger", "BHILQNP");
        codes.put("Float", "efdg");
        codes.put("Complex", "FDG");
        codes.put("AllInteger", "bBhHiIlLqQnNpP");
        codes.put("AllFloat", "efdgFDG");
        codes.put("Datetime", "Mm");
        codes.put("All", "?bhilqnpBHILQNPefdgFDGSUVOMm");
        DictValue dict = new DictValue();
        codes.forEach((key, value) -> dict.put(new StrValue(key), new StrValue(value)));
        return dict;
    }

    /**
     * Whether {@code from} casts to {@code to} under {@code rule}: 'no' keeps the type and byte order, 'equiv'
     * the type, 'safe' keeps every value, 'same_kind' also allows a smaller type of the same or a higher kind
     * (bool, unsigned, signed, float, complex; any string length), 'unsafe' anything.
     */
    static boolean canCast(CastingDescriptor from, CastingDescriptor to, String rule) {
        return switch (rule) {
            case "no" -> equivalent(from, to) && from.swapped() == to.swapped();
            case "equiv" -> equivalent(from, to);
            case "safe" -> safe(from, to);
            case "same_kind" -> safe(from, to) || sameKind(from, to);
            case "unsafe" -> true;
            default -> throw PlaygroundError.valueError("casting must be one of 'no', 'equiv', 'safe', "
                    + "'same_kind', 'unsafe' (got " + new StrValue(rule).repr() + ")");
        };
    }

    /** The same type; an unsized flexible target takes any size of its kind. */
    private static boolean equivalent(CastingDescriptor from, CastingDescriptor to) {
        return from.kind() == to.kind() && (from.itemSize() == to.itemSize() || to.isUnsized());
    }

    private static boolean safe(CastingDescriptor from, CastingDescriptor to) {
        if (to.kind() == 'O') {
            return true;
        }
        if (from.isNumeric()) {
            return switch (to.kind()) {
                case 'b', 'i', 'u', 'f', 'c' -> safeNumeric(from, to);
                case 'S', 'U' -> to.isUnsized() || to.characters() >= printedLength(from);
                case 'V' -> fitsVoid(from, to);
                // a timedelta is an int64 count
                case 'm' -> from.isIntegral() && safeNumeric(from, new CastingDescriptor('i', 8, false));
                default -> false;
            };
        }
        return switch (from.kind()) {
            case 'S' -> to.kind() == 'S' || to.kind() == 'U' ? to.isUnsized() || to.characters() >= from.characters()
                    : to.kind() == 'V' && fitsVoid(from, to);
            case 'U' -> to.kind() == 'U' ? to.isUnsized() || to.characters() >= from.characters()
                    : to.kind() == 'V' && fitsVoid(from, to);
            case 'V' -> to.kind() == 'V' && fitsVoid(from, to);
            case 'M', 'm' -> to.kind() == from.kind() || to.kind() == 'V' && fitsVoid(from, to);
            default -> false; // an object casts safely only to object
        };
    }

    /** Void of enough bytes (or unsized) holds any type's bytes. */
    private static boolean fitsVoid(CastingDescriptor from, CastingDescriptor to) {
        return to.isUnsized() || to.itemSize() >= from.itemSize();
    }

    /**
     * NumPy's legacy safe casts between numbers: bool to any; an integer to a wider one of its signedness, an
     * unsigned to a wider signed; an integer to a float wider than it (float64 and up take any integer, as NumPy
     * has always allowed); a float to a float or complex part at least as wide; complex to wider complex.
     */
    private static boolean safeNumeric(CastingDescriptor from, CastingDescriptor to) {
        if (from.kind() == 'b') {
            return true;
        }
        int size = from.itemSize();
        return switch (from.kind()) {
            case 'i' -> switch (to.kind()) {
                case 'i' -> to.itemSize() >= size;
                case 'f' -> holdsInteger(to.itemSize(), size);
                case 'c' -> holdsInteger(to.itemSize() / 2, size);
                default -> false;
            };
            case 'u' -> switch (to.kind()) {
                case 'u' -> to.itemSize() >= size;
                case 'i' -> to.itemSize() > size;
                case 'f' -> holdsInteger(to.itemSize(), size);
                case 'c' -> holdsInteger(to.itemSize() / 2, size);
                default -> false;
            };
            case 'f' -> (to.kind() == 'f' ? to.itemSize() : to.kind() == 'c' ? to.itemSize() / 2 : 0) >= size;
            case 'c' -> to.kind() == 'c' && to.itemSize() >= size;
            default -> false;
        };
    }

    private static boolean holdsInteger(int floatSize, int integerSize) {
        return floatSize > integerSize || floatSize >= 8;
    }

    /** same_kind beyond safe: down the kinds' order, any length of string, any void to void, integers to m. */
    private static boolean sameKind(CastingDescriptor from, CastingDescriptor to) {
        if (from.isNumeric() && to.isNumeric()) {
            return kindOrder(from.kind()) <= kindOrder(to.kind());
        }
        if (from.isNumeric() && (to.kind() == 'S' || to.kind() == 'U')) {
            return true;
        }
        if (from.isIntegral() && to.kind() == 'm') {
            return true;
        }
        return switch (from.kind()) {
            case 'S' -> to.kind() == 'S' || to.kind() == 'U';
            case 'U' -> to.kind() == 'U';
            case 'V' -> to.kind() == 'V';
            default -> false;
        };
    }

    private static int kindOrder(char kind) {
        return "buifc".indexOf(kind);
    }

    /** The characters the longest value of a number prints with, as NumPy sizes a string cast. */
    private static int printedLength(CastingDescriptor number) {
        int size = number.itemSize();
        return switch (number.kind()) {
            case 'b' -> 5; // False
            case 'i' -> switch (size) {
                case 1 -> 4;
                case 2 -> 6;
                case 4 -> 11;
                default -> 21;
            };
            case 'u' -> switch (size) {
                case 1 -> 3;
                case 2 -> 5;
                case 4 -> 10;
                default -> 20;
            };
            case 'f' -> size == 16 ? 48 : 32;
            default -> size == 32 ? 96 : 64;
        };
    }
}
