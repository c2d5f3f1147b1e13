package io.tastelab.playground.interp;

import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import io.tastelab.playground.lang.UnaryOperator;

/**
 * How an instance of a user class derived from a builtin type ({@link DerivedBuiltin}) behaves where the user class
 * and the builtin both have a say: the special methods the class defines come first (CPython finds them first in
 * the MRO), and what it leaves out is the builtin's. The six value classes that derive call these.
 */
final class DerivedBuiltins {

    private DerivedBuiltins() {
    }

    /** Whether the user class defines {@code name} (the builtin base is last in the MRO, after every user class). */
    static boolean defines(DerivedBuiltin self, String name) {
        return self.type().lookup(name) != null;
    }

    /** {@code repr(x)}: the class's {@code __repr__}, else the builtin's. */
    static String repr(DerivedBuiltin self) {
        return defines(self, "__repr__") ? self.userPart().text("__repr__") : self.builtinRepr();
    }

    /**
     * {@code str(x)}: the class's {@code __str__}; else str's own (the text) for a str, and for the other types,
     * which have none of their own, {@code object.__str__}: the repr, the class's {@code __repr__} included.
     */
    static String str(DerivedBuiltin self) {
        if (defines(self, "__str__")) {
            return self.userPart().text("__str__");
        }
        return self instanceof StrValue text ? text.value() : self.repr();
    }

    /**
     * {@code x.name}: the instance's and class's attributes, then the builtin's methods and special methods, then
     * {@code __getattr__}.
     */
    static Value attribute(DerivedBuiltin self, String name) {
        Value found = self.userPart().attributeWithoutFallback(name);
        if (found == null) {
            found = BuiltinSpecialMethods.bound(self, name); // upper, append, ..., and __eq__, __len__, ...
        }
        if (found == null && defines(self, "__getattr__")) {
            found = self.userPart().callSpecial("__getattr__", new StrValue(name));
        }
        return found;
    }

    /** {@code bool(x)}: the class's {@code __bool__} or {@code __len__}, else the builtin's truth. */
    static boolean truthy(DerivedBuiltin self, boolean builtinTruth) {
        return defines(self, "__bool__") || defines(self, "__len__") ? self.userPart().isTruthy() : builtinTruth;
    }

    /**
     * The dict key. Without {@code __eq__}/{@code __hash__} in the class, or with the builtin's own
     * {@code __hash__ = str.__hash__}, it is the builtin value's key, so that {@code StaticStr('a')} and {@code 'a'}
     * are one key. With a {@code __hash__} of the class's own it is hashed by that and equal by {@code __eq__};
     * such a key finds a plain value's entry, but a plain value does not find its entry (Java's String equals
     * knows nothing of it). CPython sets {@code __hash__} to None when a class defines {@code __eq__} alone:
     * unhashable.
     */
    static Object hashKey(DerivedBuiltin self) {
        if (self.type().lookup("__hash__") instanceof UnboundBuiltinMethod builtin && builtin.name().equals("__hash__")
                && !(self instanceof ListValue) && !(self instanceof DictValue)) {
            return HashKey.of(self.plainCopy());
        }
        java.math.BigInteger userHash = self.userPart().userHash();
        if (self instanceof ListValue || self instanceof DictValue) {
            if (userHash == null) {
                throw PlaygroundError.typeError("unhashable type: '" + self.typeName() + "'");
            }
            return self.userPart().hashedBy(userHash);
        }
        return userHash == null ? HashKey.of(self.plainCopy()) : self.userPart().hashedBy(userHash);
    }

    /** {@code len(x)}: the class's {@code __len__}, else the builtin's length. */
    static long length(DerivedBuiltin self, long builtinLength) {
        return defines(self, "__len__") ? self.userPart().length() : builtinLength;
    }

    /** Iteration: the class's {@code __iter__}, else the builtin's; null means the builtin's. */
    static java.util.Iterator<Value> iterator(DerivedBuiltin self) {
        return defines(self, "__iter__") && self.userPart() instanceof IterableValue user ? user.iterator() : null;
    }

    // ---------------------------------------------------------------- operators: the class's special methods first

    /** {@code a op b} by a class's {@code __op__} or {@code __rop__}; NotImplemented where neither decides. */
    static Value binary(BinaryOperator op, Value a, Value b) {
        if (a instanceof DerivedBuiltin left && defines(left, "__" + op.dunderStem() + "__")) {
            Value result = left.userPart().callSpecial("__" + op.dunderStem() + "__", b);
            if (result != NotImplementedValue.INSTANCE) {
                return result;
            }
        }
        if (b instanceof DerivedBuiltin right && b != a && defines(right, "__r" + op.dunderStem() + "__")) {
            return right.userPart().callSpecial("__r" + op.dunderStem() + "__", a);
        }
        return NotImplementedValue.INSTANCE;
    }

    /** {@code a op= b} by the class's {@code __iop__}; NotImplemented where it has none. */
    static Value inPlace(BinaryOperator op, DerivedBuiltin a, Value b) {
        String name = "__i" + op.dunderStem() + "__";
        return defines(a, name) ? a.userPart().callSpecial(name, b) : NotImplementedValue.INSTANCE;
    }

    /** {@code op a} by the class's {@code __neg__}, {@code __pos__} or {@code __invert__}; else NotImplemented. */
    static Value unary(UnaryOperator op, DerivedBuiltin a) {
        return op != UnaryOperator.NOT && defines(a, unaryName(op)) ? a.userPart().callSpecial(unaryName(op))
                : NotImplementedValue.INSTANCE;
    }

    private static String unaryName(UnaryOperator op) {
        return switch (op) {
            case NEGATE -> "__neg__";
            case PLUS -> "__pos__";
            case INVERT -> "__invert__";
            case NOT -> "__bool__";
        };
    }

    /**
     * {@code a op b} by a class's rich comparison ({@code __eq__}, {@code __lt__}, ...), the left operand's first,
     * then the right's reflected one; NotImplemented where neither decides. Unlike a plain class, {@code !=} does
     * not invert a user {@code __eq__}: the builtin base's own {@code __ne__} comes first in the MRO.
     */
    static Value compare(CompareOperator op, Value a, Value b) {
        if (a instanceof DerivedBuiltin left && defines(left, compareName(op))) {
            Value result = left.userPart().callSpecial(compareName(op), b);
            if (result != NotImplementedValue.INSTANCE) {
                return result;
            }
        }
        CompareOperator reflected = op.reflected();
        if (b instanceof DerivedBuiltin right && b != a && defines(right, compareName(reflected))) {
            return right.userPart().callSpecial(compareName(reflected), a);
        }
        return NotImplementedValue.INSTANCE;
    }

    static String compareName(CompareOperator op) {
        return switch (op) {
            case EQUAL -> "__eq__";
            case NOT_EQUAL -> "__ne__";
            case LESS -> "__lt__";
            case LESS_EQUAL -> "__le__";
            case GREATER -> "__gt__";
            case GREATER_EQUAL -> "__ge__";
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    /** {@code item in container} by the class's {@code __contains__}; NotImplemented where it has none. */
    static Value contains(DerivedBuiltin container, Value item) {
        return defines(container, "__contains__")
                ? BoolValue.of(container.userPart().callSpecial("__contains__", item).isTruthy())
                : NotImplementedValue.INSTANCE;
    }

    /** {@code x[i]} by the class's {@code __getitem__}; null where it has none (then the builtin's). */
    static Value getItem(DerivedBuiltin self, Value index) {
        return defines(self, "__getitem__") ? self.userPart().callSpecial("__getitem__", index) : null;
    }

    /** {@code x[i] = v} by the class's {@code __setitem__}; false where it has none (then the builtin's). */
    static boolean setItem(DerivedBuiltin self, Value index, Value value) {
        if (!defines(self, "__setitem__")) {
            return false;
        }
        self.userPart().callSpecial("__setitem__", index, value);
        return true;
    }

    /** {@code del x[i]} by the class's {@code __delitem__}; false where it has none (then the builtin's). */
    static boolean deleteItem(DerivedBuiltin self, Value index) {
        if (!defines(self, "__delitem__")) {
            return false;
        }
        self.userPart().callSpecial("__delitem__", index);
        return true;
    }

    /** The name of the builtin type a value is an instance of, for messages ({@code can only concatenate str}). */
    static String builtinTypeName(Value value) {
        return value instanceof DerivedBuiltin derived ? derived.type().builtinBase().name() : value.typeName();
    }
}
