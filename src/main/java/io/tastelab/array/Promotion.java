package io.tastelab.array;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Result-type rules: NumPy 2 (NEP 50) for the {@code np} namespace and JAX's promotion lattice, with
 * 64-bit types disabled, for {@code jnp}.
 *
 * <p>Python scalars are "weak": {@code Weak.BOOL}, {@code Weak.INT}, {@code Weak.FLOAT} and {@code Weak.COMPLEX}
 * describe them.
 * Stateless and thread-safe.
 */
public final class Promotion {
    private Promotion() {
    }

    /** How strongly an operand's dtype binds: arrays are strong, Python scalars weak. */
    public enum Weak {
        /** An array (or NumPy scalar): its dtype counts fully. */
        NONE,
        /** A Python bool. */
        BOOL,
        /** A Python int. */
        INT,
        /** A Python float. */
        FLOAT,
        /** A Python complex ({@code 1j}). */
        COMPLEX
    }

    /**
     * A dtype together with how weakly it is held; the unit of promotion. JAX's weak type is one flag whose kind is
     * the dtype's ({@code exp} of a weak int is a weak float), so a weak kind is taken from the dtype
     * ({@link #weakOf}).
     */
    public record Typed(DType dtype, Weak weak) {
        public Typed {
            weak = weakOf(dtype, weak);
        }

        public static Typed strong(DType dtype) {
            return new Typed(dtype, Weak.NONE);
        }

        public boolean isWeak() {
            return weak != Weak.NONE;
        }
    }

    /**
     * The weak kind of a value of {@code dtype} held weakly at all ({@code weak} not NONE): a complex dtype is a weak
     * complex, a float one a weak float, an integer one a weak int, a bool a weak bool, whatever kind it came from.
     */
    public static Weak weakOf(DType dtype, Weak weak) {
        if (weak == Weak.NONE) {
            return Weak.NONE;
        }
        return dtype.isComplex() ? Weak.COMPLEX : dtype.isFloat() ? Weak.FLOAT : dtype.isBool() ? Weak.BOOL : Weak.INT;
    }

    // ---------------------------------------------------------------- NumPy

    /** NumPy's {@code np.promote_types(a, b)}. */
    public static DType numpyPromoteTypes(DType a, DType b) {
        if (a == b) {
            return a;
        }
        if (a.isBool()) {
            return b;
        }
        if (b.isBool()) {
            return a;
        }
        if (a.isComplex() || b.isComplex()) {
            // complex64 holds float32 parts: complex64 with float64 or int32 needs complex128
            DType part = inexactPart(a).itemSize() >= inexactPart(b).itemSize() ? inexactPart(a) : inexactPart(b);
            return part.complexType();
        }
        if (a.isFloat() && b.isFloat()) {
            return a.itemSize() >= b.itemSize() ? a : b;
        }
        if (a.isFloat() || b.isFloat()) {
            DType f = a.isFloat() ? a : b;
            DType i = a.isFloat() ? b : a;
            DType need = i.itemSize() == 1 ? DType.FLOAT16 : i.itemSize() == 2 ? DType.FLOAT32 : DType.FLOAT64;
            return f.itemSize() >= need.itemSize() ? f : need;
        }
        if (a.isUnsigned() == b.isUnsigned()) {
            return a.itemSize() >= b.itemSize() ? a : b;
        }
        DType u = a.isUnsigned() ? a : b;
        DType s = a.isUnsigned() ? b : a;
        if (s.itemSize() > u.itemSize()) {
            return s;
        }
        return switch (u.itemSize()) {
            case 1 -> DType.INT16;
            case 2 -> DType.INT32;
            case 4 -> DType.INT64;
            default -> DType.FLOAT64;
        };
    }

    /** The float type that holds a value of {@code d} without loss, as NumPy promotes integers to floats. */
    private static DType inexactPart(DType d) {
        if (d.isInexact()) {
            return d.partType();
        }
        return switch (d.itemSize()) {
            case 1 -> DType.FLOAT16;
            case 2 -> DType.FLOAT32;
            default -> DType.FLOAT64;
        };
    }

    /**
     * NumPy 2's result type for the operands of a ufunc, Python scalars weak (NEP 50).
     */
    public static DType numpyResultType(List<Typed> operands) {
        DType strong = null;
        for (Typed t : operands) {
            if (!t.isWeak()) {
                strong = strong == null ? t.dtype() : numpyPromoteTypes(strong, t.dtype());
            }
        }
        Weak strongestWeak = Weak.NONE;
        for (Typed t : operands) {
            if (t.isWeak() && t.weak().ordinal() > strongestWeak.ordinal()) {
                strongestWeak = t.weak();
            }
        }
        if (strong == null) {
            return switch (strongestWeak) {
                case BOOL -> DType.BOOL;
                case INT -> DType.INT64;
                case COMPLEX -> DType.COMPLEX128;
                default -> DType.FLOAT64;
            };
        }
        return switch (strongestWeak) {
            case NONE, BOOL -> strong;
            case INT -> strong.isBool() ? DType.INT64 : strong;
            case FLOAT -> strong.isInexact() ? strong : DType.FLOAT64;
            case COMPLEX -> strong.isInexact() ? strong.complexType() : DType.COMPLEX128;
        };
    }

    // ---------------------------------------------------------------- JAX

    private enum Node { B1, I_WEAK, F_WEAK, C_WEAK, U8, U16, U32, U64, I8, I16, I32, I64, F16, F32, F64, C64, C128 }

    private static final Map<Node, Set<Node>> UPPER = new EnumMap<>(Node.class);

    static {
        Map<Node, List<Node>> edges = new EnumMap<>(Node.class);
        edges.put(Node.B1, List.of(Node.I_WEAK));
        edges.put(Node.I_WEAK, List.of(Node.U8, Node.I8));
        edges.put(Node.U8, List.of(Node.U16, Node.I16));
        edges.put(Node.U16, List.of(Node.U32, Node.I32));
        edges.put(Node.U32, List.of(Node.U64, Node.I64));
        edges.put(Node.U64, List.of(Node.F_WEAK));
        edges.put(Node.I8, List.of(Node.I16));
        edges.put(Node.I16, List.of(Node.I32));
        edges.put(Node.I32, List.of(Node.I64));
        edges.put(Node.I64, List.of(Node.F_WEAK));
        edges.put(Node.F_WEAK, List.of(Node.F16, Node.C_WEAK));
        edges.put(Node.C_WEAK, List.of(Node.C64));
        edges.put(Node.F16, List.of(Node.F32));
        edges.put(Node.F32, List.of(Node.F64, Node.C64));
        edges.put(Node.F64, List.of(Node.C128));
        edges.put(Node.C64, List.of(Node.C128));
        edges.put(Node.C128, List.of());
        for (Node n : Node.values()) {
            Set<Node> up = EnumSet.of(n);
            java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(List.of(n));
            while (!todo.isEmpty()) {
                for (Node m : edges.get(todo.pop())) {
                    if (up.add(m)) {
                        todo.push(m);
                    }
                }
            }
            UPPER.put(n, up);
        }
    }

    private static Node node(Typed t) {
        return switch (t.weak()) {
            case INT -> Node.I_WEAK;
            case FLOAT -> Node.F_WEAK;
            case COMPLEX -> Node.C_WEAK;
            case BOOL -> Node.B1;
            case NONE -> switch (t.dtype()) {
                case BOOL -> Node.B1;
                case INT8 -> Node.I8;
                case INT16 -> Node.I16;
                case INT32 -> Node.I32;
                case INT64 -> Node.I64;
                case UINT8 -> Node.U8;
                case UINT16 -> Node.U16;
                case UINT32 -> Node.U32;
                case UINT64 -> Node.U64;
                case FLOAT16 -> Node.F16;
                case FLOAT32 -> Node.F32;
                case FLOAT64 -> Node.F64;
                case COMPLEX64 -> Node.C64;
                case COMPLEX128 -> Node.C128;
            };
        };
    }

    private static Node join(Node a, Node b) {
        Set<Node> common = EnumSet.copyOf(UPPER.get(a));
        common.retainAll(UPPER.get(b));
        for (Node c : common) {
            if (UPPER.get(c).containsAll(common)) {
                return c;
            }
        }
        throw new IllegalStateException("no join for " + a + ", " + b);
    }

    /**
     * JAX's result type with {@code jax_enable_x64=False}: the join on JAX's lattice, canonicalised to 32 bits
     * ({@code jax._src.dtypes._lattice_result_type}). The result is weak when every operand is weak, or when the
     * join is itself a Python scalar type (an int8 array and {@code 2.5} give a weak float32); never for bool.
     */
    public static Typed jaxResultType(List<Typed> operands) {
        Node acc = null;
        boolean allWeak = true;
        boolean anyWeak = false;
        for (Typed t : operands) {
            Node n = node(t);
            acc = acc == null ? n : join(acc, n);
            allWeak &= t.isWeak();
            anyWeak |= t.isWeak();
        }
        if (acc == null) {
            throw new IllegalArgumentException("no operands");
        }
        DType d = switch (acc) {
            case B1 -> DType.BOOL;
            case I_WEAK -> DType.INT32;
            case F_WEAK -> DType.FLOAT32;
            case U8 -> DType.UINT8;
            case U16 -> DType.UINT16;
            case U32, U64 -> DType.UINT32;
            case I8 -> DType.INT8;
            case I16 -> DType.INT16;
            case I32, I64 -> DType.INT32;
            case F16 -> DType.FLOAT16;
            case F32, F64 -> DType.FLOAT32;
            case C_WEAK, C64, C128 -> DType.COMPLEX64;
        };
        Weak w = Weak.NONE;
        if (acc == Node.C_WEAK && anyWeak) {
            w = Weak.COMPLEX;
        } else if (acc == Node.F_WEAK && anyWeak) {
            w = Weak.FLOAT;
        } else if (acc == Node.I_WEAK && anyWeak) {
            w = Weak.INT;
        } else if (allWeak && acc != Node.B1) {
            // Weak operands whose join is a strong type cannot occur (weak types join to weak types).
            w = d.isComplex() ? Weak.COMPLEX : d.isFloat() ? Weak.FLOAT : Weak.INT;
        }
        return new Typed(d, w);
    }

    /** {@code np.result_type} or JAX's, by flavor, for two operands. */
    public static Typed resultType(Flavor flavor, Typed a, Typed b) {
        if (flavor == Flavor.JAX) {
            return jaxResultType(List.of(a, b));
        }
        DType d = numpyResultType(List.of(a, b));
        return new Typed(d, a.isWeak() && b.isWeak() ? a.weak().ordinal() >= b.weak().ordinal() ? a.weak() : b.weak()
                : Weak.NONE);
    }

    /** The float type an op like {@code exp} or {@code /} computes in for an input of type {@code d}. */
    public static DType inexact(Flavor flavor, DType d) {
        if (d.isInexact()) {
            return flavor == Flavor.JAX ? d.canonicalX32() : d;
        }
        if (flavor == Flavor.JAX) {
            return DType.FLOAT32;
        }
        return switch (d.itemSize()) {
            case 1 -> DType.FLOAT16;
            case 2 -> DType.FLOAT32;
            default -> DType.FLOAT64;
        };
    }

    /** True division's result type: integers and bools become float64 (np) or float32 (jnp). */
    public static DType trueDivide(Flavor flavor, DType promoted) {
        if (promoted.isInexact()) {
            return promoted;
        }
        return flavor == Flavor.JAX ? DType.FLOAT32 : DType.FLOAT64;
    }
}
