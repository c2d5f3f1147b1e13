package io.tastelab.array;

import java.util.Locale;

/**
 * The element types of the playground's arrays, named as NumPy prints them.
 *
 * <p>Promotion rules live in {@link Promotion}; this type only knows sizes, kinds and names. The complex types
 * hold each element as a (real, imaginary) pair of their {@link #partType() part type}, interleaved in storage.
 */
public enum DType {
    BOOL("bool", 'b', 1),
    INT8("int8", 'i', 1),
    INT16("int16", 'i', 2),
    INT32("int32", 'i', 4),
    INT64("int64", 'i', 8),
    UINT8("uint8", 'u', 1),
    UINT16("uint16", 'u', 2),
    UINT32("uint32", 'u', 4),
    UINT64("uint64", 'u', 8),
    FLOAT16("float16", 'f', 2),
    FLOAT32("float32", 'f', 4),
    FLOAT64("float64", 'f', 8),
    COMPLEX64("complex64", 'c', 8),
    COMPLEX128("complex128", 'c', 16);

    private final String numpyName;
    private final char kind;
    private final int itemSize;

    DType(String numpyName, char kind, int itemSize) {
        this.numpyName = numpyName;
        this.kind = kind;
        this.itemSize = itemSize;
    }

    /** The name NumPy prints, e.g. {@code float32}. */
    public String numpyName() {
        return numpyName;
    }

    /** NumPy's kind character: {@code b}, {@code i}, {@code u}, {@code f} or {@code c}. */
    public char kind() {
        return kind;
    }

    /** Bytes per element. */
    public int itemSize() {
        return itemSize;
    }

    public boolean isBool() {
        return kind == 'b';
    }

    public boolean isFloat() {
        return kind == 'f';
    }

    /** complex64 or complex128. */
    public boolean isComplex() {
        return kind == 'c';
    }

    /** A float or complex type: NumPy's {@code inexact}. */
    public boolean isInexact() {
        return kind == 'f' || kind == 'c';
    }

    /** The float type of each part of a complex element (float32 for complex64); a real type is its own. */
    public DType partType() {
        return switch (this) {
            case COMPLEX64 -> FLOAT32;
            case COMPLEX128 -> FLOAT64;
            default -> this;
        };
    }

    /** The complex type whose parts are this float type (complex64 for float16 and float32, as NumPy). */
    public DType complexType() {
        return switch (this) {
            case FLOAT16, FLOAT32, COMPLEX64 -> COMPLEX64;
            default -> COMPLEX128;
        };
    }

    /** Signed or unsigned integer (not bool). */
    public boolean isInteger() {
        return kind == 'i' || kind == 'u';
    }

    public boolean isUnsigned() {
        return kind == 'u';
    }

    /** Integer or bool: values are held as {@code long} in computations. */
    public boolean isIntegral() {
        return kind == 'b' || kind == 'i' || kind == 'u';
    }

    public int bits() {
        return itemSize * 8;
    }

    /** The smallest value representable (as a double for floats). */
    public long minLong() {
        return switch (this) {
            case BOOL, UINT8, UINT16, UINT32, UINT64 -> 0;
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            case INT64 -> Long.MIN_VALUE;
            default -> throw new IllegalStateException("not integral: " + this);
        };
    }

    /** The largest value representable; for uint64 this is {@code Long.MAX_VALUE} (see callers). */
    public long maxLong() {
        return switch (this) {
            case BOOL -> 1;
            case INT8 -> Byte.MAX_VALUE;
            case INT16 -> Short.MAX_VALUE;
            case INT32 -> Integer.MAX_VALUE;
            case INT64, UINT64 -> Long.MAX_VALUE;
            case UINT8 -> 0xFF;
            case UINT16 -> 0xFFFF;
            case UINT32 -> 0xFFFF_FFFFL;
            default -> throw new IllegalStateException("not integral: " + this);
        };
    }

    /** The 32-bit type JAX uses for this type when 64-bit types are disabled. */
    public DType canonicalX32() {
        return switch (this) {
            case INT64 -> INT32;
            case UINT64 -> UINT32;
            case FLOAT64 -> FLOAT32;
            case COMPLEX128 -> COMPLEX64;
            default -> this;
        };
    }

    /** How Python shows {@code x.dtype}: {@code dtype('float32')}. */
    public String pythonRepr() {
        return "dtype('" + numpyName + "')";
    }

    @Override
    public String toString() {
        return numpyName;
    }

    /**
     * Parses a dtype name as NumPy accepts it: {@code float32}, {@code f4}, {@code <f4}, {@code int},
     * {@code float}, {@code bool}, {@code ?}, {@code double}, {@code uint8}, {@code u1}, ...
     *
     * <p>{@code int} and {@code float} mean the platform defaults of NumPy (int64, float64); callers in the
     * JAX namespace canonicalise with {@link #canonicalX32()}.
     *
     * @throws ArrayTypeError when the name is not a data type
     */
    public static DType parse(String name) {
        String n = name.strip();
        if (n.equals("F") || n.equals("D")) {
            return n.equals("F") ? COMPLEX64 : COMPLEX128; // the complex type codes differ from 'f', 'd' by case only
        }
        n = n.toLowerCase(Locale.ROOT);
        if (n.startsWith("<") || n.startsWith("=") || n.startsWith("|")) {
            n = n.substring(1);
        }
        if (n.startsWith("np.") || n.startsWith("jnp.")) {
            n = n.substring(n.indexOf('.') + 1);
        }
        for (DType d : values()) {
            if (d.numpyName.equals(n)) {
                return d;
            }
        }
        return switch (n) {
            case "?", "b1", "bool_", "bool8" -> BOOL;
            case "i1", "byte" -> INT8;
            case "i2", "short" -> INT16;
            case "i4", "intc" -> INT32;
            case "i8", "int", "int_", "long", "longlong", "intp" -> INT64;
            case "u1", "ubyte" -> UINT8;
            case "u2", "ushort" -> UINT16;
            case "u4", "uintc" -> UINT32;
            case "u8", "uint", "ulong", "ulonglong", "uintp" -> UINT64;
            case "f2", "e", "half" -> FLOAT16;
            case "f4", "f", "single" -> FLOAT32;
            case "f8", "d", "float", "double", "float_" -> FLOAT64;
            case "c8", "csingle" -> COMPLEX64;
            case "c16", "complex", "cdouble" -> COMPLEX128;
            default -> throw new ArrayTypeError("data type '" + name + "' not understood");
        };
    }
}
