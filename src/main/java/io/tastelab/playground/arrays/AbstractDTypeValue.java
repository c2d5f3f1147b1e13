package io.tastelab.playground.arrays;

import io.tastelab.array.DType;
import io.tastelab.playground.interp.Value;
import java.util.List;

/**
 * One of NumPy's abstract scalar types ({@code np.number}, {@code np.integer}, {@code np.floating}, ...), for
 * {@code issubdtype}. Immutable.
 */
final class AbstractDTypeValue implements Value {
    /** Each abstract type with its parent (null for {@code generic}). */
    enum Kind {
        GENERIC("generic", null),
        NUMBER("number", GENERIC),
        INTEGER("integer", NUMBER),
        SIGNEDINTEGER("signedinteger", INTEGER),
        UNSIGNEDINTEGER("unsignedinteger", INTEGER),
        INEXACT("inexact", NUMBER),
        FLOATING("floating", INEXACT),
        COMPLEXFLOATING("complexfloating", INEXACT);

        final String pythonName;
        final Kind parent;

        Kind(String pythonName, Kind parent) {
            this.pythonName = pythonName;
            this.parent = parent;
        }

        /** Whether {@code this} is {@code other} or below it. */
        boolean within(Kind other) {
            for (Kind k = this; k != null; k = k.parent) {
                if (k == other) {
                    return true;
                }
            }
            return false;
        }

        /** The most specific abstract type of a concrete dtype (bool sits right under generic). */
        static Kind of(DType dtype) {
            return switch (dtype.kind()) {
                case 'b' -> GENERIC;
                case 'i' -> SIGNEDINTEGER;
                case 'u' -> UNSIGNEDINTEGER;
                case 'c' -> COMPLEXFLOATING;
                default -> FLOATING;
            };
        }
    }

    static final List<Kind> ALL = List.of(Kind.values());

    private final Kind kind;
    private final String module;

    AbstractDTypeValue(Kind kind, String module) {
        this.kind = kind;
        this.module = module;
    }

    Kind kind() {
        return kind;
    }

    @Override
    public String typeName() {
        return "type";
    }

    @Override
    public String repr() {
        return "<class '" + module + "." + kind.pythonName + "'>";
    }

    @Override
    public boolean isTruthy() {
        return true;
    }
}
