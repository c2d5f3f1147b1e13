package io.tastelab.playground.interp;

import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import io.tastelab.playground.lang.UnaryOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's operator protocol over all value kinds: the builtin scalars and sequences are handled here, anything
 * else through {@link OperatorDispatch} with Python's left-then-reflected order, and what nobody handles raises
 * Python's TypeError. Stateless; the array layer may call it for scalar fallbacks.
 */
public final class Operators {

    private Operators() {
    }

    /** {@code a op b}. */
    public static Value binary(BinaryOperator op, Value a, Value b, InterpreterLimits limits) {
        Value result = binaryOrNotImplemented(op, a, b, limits);
        if (result == NotImplementedValue.INSTANCE) {
            throw unsupported(op, a, b);
        }
        return result;
    }

    /** {@code a op b}, or NotImplemented where neither operand takes the other (a builtin's slot, as CPython's). */
    static Value binaryOrNotImplemented(BinaryOperator op, Value a, Value b, InterpreterLimits limits) {
        if (a instanceof DerivedBuiltin || b instanceof DerivedBuiltin) {
            // a class derived from a builtin: its own __add__ or __radd__ before the builtin's
            Value overridden = DerivedBuiltins.binary(op, a, b);
            if (overridden != NotImplementedValue.INSTANCE) {
                return overridden;
            }
        }
        Value fast = smallScalarBinary(op, a, b);
        if (fast != null) {
            return fast;
        }
        Value result = builtinBinary(op, a, b, limits);
        if (result != NotImplementedValue.INSTANCE) {
            return result;
        }
        if (a instanceof OperatorDispatch left) {
            result = left.binaryOp(op, b, false);
            if (result != NotImplementedValue.INSTANCE) {
                return result;
            }
        }
        if (b instanceof OperatorDispatch right && b != a) {
            result = right.binaryOp(op, a, true);
            if (result != NotImplementedValue.INSTANCE) {
                return result;
            }
        }
        return NotImplementedValue.INSTANCE;
    }

    /**
     * {@code a op b} for two floats, or two ints that fit 62 bits, without going through BigInteger: the common
     * case in loops. Null when it does not apply (then the general rules run, with the same results).
     */
    private static Value smallScalarBinary(BinaryOperator op, Value a, Value b) {
        if (a instanceof FloatValue x && b instanceof FloatValue y) {
            double p = x.value();
            double q = y.value();
            return switch (op) {
                case ADD -> new FloatValue(p + q);
                case SUBTRACT -> new FloatValue(p - q);
                case MULTIPLY -> new FloatValue(p * q);
                case TRUE_DIVIDE -> q == 0.0 ? null : new FloatValue(p / q);
                default -> null;
            };
        }
        if (a instanceof IntValue x && b instanceof IntValue y && x.value().bitLength() < 62 && y.value().bitLength() < 62) {
            long p = x.value().longValue();
            long q = y.value().longValue();
            return switch (op) {
                case ADD -> IntValue.of(p + q);
                case SUBTRACT -> IntValue.of(p - q);
                case MULTIPLY -> Math.abs(p) < (1L << 31) && Math.abs(q) < (1L << 31) ? IntValue.of(p * q) : null;
                case FLOOR_DIVIDE -> q == 0 ? null : IntValue.of(Math.floorDiv(p, q));
                case MODULO -> q == 0 ? null : IntValue.of(Math.floorMod(p, q));
                // both exact as doubles, so the quotient is correctly rounded, as Python's is
                case TRUE_DIVIDE -> q == 0 || Math.abs(p) >= (1L << 53) || Math.abs(q) >= (1L << 53) ? null
                        : new FloatValue((double) p / (double) q);
                default -> null;
            };
        }
        if (a instanceof FloatValue || b instanceof FloatValue) {
            boolean mixed = a instanceof IntValue x && x.value().bitLength() < 53
                    || b instanceof IntValue y && y.value().bitLength() < 53;
            if (mixed) {
                // an int below 2**53 converts to float exactly, as Python converts it
                double p = a instanceof FloatValue x ? x.value() : ((IntValue) a).value().longValue();
                double q = b instanceof FloatValue y ? y.value() : ((IntValue) b).value().longValue();
                return switch (op) {
                    case ADD -> new FloatValue(p + q);
                    case SUBTRACT -> new FloatValue(p - q);
                    case MULTIPLY -> new FloatValue(p * q);
                    case TRUE_DIVIDE -> q == 0.0 ? null : new FloatValue(p / q);
                    default -> null;
                };
            }
        }
        return null;
    }

    /** {@code a op= b}: in place where the left operand supports it, else {@code a op b}. */
    public static Value inPlace(BinaryOperator op, Value a, Value b, InterpreterLimits limits) {
        if (a instanceof DerivedBuiltin derived) {
            Value overridden = DerivedBuiltins.inPlace(op, derived, b);
            if (overridden != NotImplementedValue.INSTANCE) {
                return overridden;
            }
        }
        if (a instanceof ListValue target && op == BinaryOperator.ADD && b instanceof IterableValue items) {
            // list += iterable extends the list in place, as Python's list.__iadd__ does
            checkLength(target.length() + items.length(), limits);
            target.mutableItems().addAll(items.items());
            return target;
        }
        if (a instanceof OperatorDispatch dispatch) {
            Value result = dispatch.inPlaceOp(op, b);
            if (result != NotImplementedValue.INSTANCE) {
                return result;
            }
        }
        return binary(op, a, b, limits);
    }

    private static PlaygroundError unsupported(BinaryOperator op, Value a, Value b) {
        if (op == BinaryOperator.ADD && (a instanceof StrValue || a instanceof ListValue || a instanceof TupleValue)) {
            String kind = DerivedBuiltins.builtinTypeName(a);
            return PlaygroundError.typeError("can only concatenate " + kind + " (not \"" + b.typeName() + "\") to " + kind);
        }
        if (op == BinaryOperator.MULTIPLY && (isSequence(a) || isSequence(b))) {
            Value other = isSequence(a) ? b : a;
            return PlaygroundError.typeError("can't multiply sequence by non-int of type '" + other.typeName() + "'");
        }
        return PlaygroundError.typeError("unsupported operand type(s) for " + op.symbol() + ": '" + a.typeName()
                + "' and '" + b.typeName() + "'");
    }

    private static boolean isSequence(Value value) {
        return value instanceof StrValue || value instanceof ListValue || value instanceof TupleValue;
    }

    /** The int value of an int or bool, or null. */
    private static BigInteger integer(Value value) {
        return switch (value) {
            case IntValue i -> i.value();
            case BoolValue b -> b.asInteger();
            default -> null;
        };
    }

    private static Value builtinBinary(BinaryOperator op, Value a, Value b, InterpreterLimits limits) {
        BigInteger leftInt = integer(a);
        BigInteger rightInt = integer(b);
        if (leftInt != null && rightInt != null) {
            if (a instanceof BoolValue x && b instanceof BoolValue y) {
                switch (op) {
                    case BIT_AND -> {
                        return BoolValue.of(x.value() && y.value());
                    }
                    case BIT_OR -> {
                        return BoolValue.of(x.value() || y.value());
                    }
                    case BIT_XOR -> {
                        return BoolValue.of(x.value() ^ y.value());
                    }
                    default -> {
                        // arithmetic on bools is arithmetic on ints
                    }
                }
            }
            return PythonScalars.intBinary(op, leftInt, rightInt, limits);
        }
        boolean leftNumber = leftInt != null || a instanceof FloatValue;
        boolean rightNumber = rightInt != null || b instanceof FloatValue;
        if (leftNumber && rightNumber) {
            if (op == BinaryOperator.TRUE_DIVIDE || op == BinaryOperator.FLOOR_DIVIDE || op == BinaryOperator.MODULO
                    || op == BinaryOperator.POWER || op == BinaryOperator.ADD || op == BinaryOperator.SUBTRACT
                    || op == BinaryOperator.MULTIPLY) {
                return PythonScalars.floatBinary(op, toDouble(a), toDouble(b));
            }
            return NotImplementedValue.INSTANCE;
        }
        switch (op) {
            case ADD -> {
                if (a instanceof StrValue x && b instanceof StrValue y) {
                    checkLength((long) x.value().length() + y.value().length(), limits);
                    return new StrValue(x.value() + y.value());
                }
                if (a instanceof ListValue x && b instanceof ListValue y) {
                    checkLength(x.length() + y.length(), limits);
                    List<Value> joined = new ArrayList<>(x.items());
                    joined.addAll(y.items());
                    return new ListValue(joined);
                }
                if (a instanceof TupleValue x && b instanceof TupleValue y) {
                    checkLength(x.length() + y.length(), limits);
                    List<Value> joined = new ArrayList<>(x.items());
                    joined.addAll(y.items());
                    return new TupleValue(joined);
                }
            }
            case MULTIPLY -> {
                if (isSequence(a) && Sequences.asIndex(b) != null) {
                    return repeat(a, Sequences.asIndex(b), limits);
                }
                if (isSequence(b) && Sequences.asIndex(a) != null) {
                    return repeat(b, Sequences.asIndex(a), limits);
                }
            }
            case MODULO -> {
                if (a instanceof StrValue text) {
                    return PercentFormat.format(text.value(), b, limits);
                }
            }
            default -> {
                // nothing else is defined on the builtin kinds
            }
        }
        return NotImplementedValue.INSTANCE;
    }

    private static Value repeat(Value sequence, BigInteger times, InterpreterLimits limits) {
        long count = times.signum() <= 0 ? 0 : times.bitLength() > 62 ? Long.MAX_VALUE : times.longValue();
        long unit = sequence instanceof StrValue s ? s.value().length() : ((IterableValue) sequence).length();
        if (unit != 0 && count > limits.maxSequenceLength() / unit) {
            throw PlaygroundError.memoryError("the repeated " + sequence.typeName()
                    + " would be too large for the playground");
        }
        int n = (int) (unit == 0 ? 0 : count);
        return switch (sequence) {
            case StrValue s -> new StrValue(s.value().repeat(n));
            case ListValue l -> new ListValue(repeatItems(l.items(), n));
            case TupleValue t -> new TupleValue(repeatItems(t.items(), n));
            default -> throw new IllegalStateException();
        };
    }

    private static List<Value> repeatItems(List<Value> items, int times) {
        List<Value> repeated = new ArrayList<>(items.size() * times);
        for (int i = 0; i < times; i++) {
            repeated.addAll(items);
        }
        return repeated;
    }

    static void checkLength(long length, InterpreterLimits limits) {
        if (length > limits.maxSequenceLength()) {
            throw PlaygroundError.memoryError("the result would have " + length + " items, more than the playground's "
                    + "limit of " + limits.maxSequenceLength());
        }
    }

    /** The float value of an int, bool or float. */
    static double toDouble(Value value) {
        return switch (value) {
            case FloatValue f -> f.value();
            case IntValue i -> PythonScalars.toDouble(i.value());
            case BoolValue b -> b.value() ? 1.0 : 0.0;
            default -> throw PlaygroundError.typeError("must be real number, not " + value.typeName());
        };
    }

    /** {@code op a}, including {@code not a}. */
    public static Value unary(UnaryOperator op, Value a) {
        if (op == UnaryOperator.NOT) {
            return BoolValue.of(!a.isTruthy());
        }
        if (a instanceof DerivedBuiltin derived) {
            Value overridden = DerivedBuiltins.unary(op, derived);
            if (overridden != NotImplementedValue.INSTANCE) {
                return overridden;
            }
        }
        BigInteger integer = integer(a);
        if (integer != null) {
            return switch (op) {
                case NEGATE -> IntValue.of(integer.negate());
                case PLUS -> IntValue.of(integer);
                default -> IntValue.of(integer.not());
            };
        }
        if (a instanceof FloatValue f && op != UnaryOperator.INVERT) {
            return op == UnaryOperator.NEGATE ? new FloatValue(-f.value()) : f;
        }
        if (a instanceof OperatorDispatch dispatch) {
            Value result = dispatch.unaryOp(op);
            if (result != NotImplementedValue.INSTANCE) {
                return result;
            }
        }
        throw PlaygroundError.typeError("bad operand type for unary " + op.symbol() + ": '" + a.typeName() + "'");
    }

    /** {@code a op b} for one link of a comparison chain. */
    public static Value compare(CompareOperator op, Value a, Value b) {
        switch (op) {
            case IS -> {
                return BoolValue.of(identical(a, b));
            }
            case IS_NOT -> {
                return BoolValue.of(!identical(a, b));
            }
            case IN -> {
                return contains(b, a);
            }
            case NOT_IN -> {
                return unary(UnaryOperator.NOT, contains(b, a));
            }
            default -> {
                // rich comparison below
            }
        }
        Value result = compareOrNotImplemented(op, a, b);
        if (result != NotImplementedValue.INSTANCE) {
            return result;
        }
        if (op == CompareOperator.EQUAL) {
            return BoolValue.of(identical(a, b));
        }
        if (op == CompareOperator.NOT_EQUAL) {
            return BoolValue.of(!identical(a, b));
        }
        throw PlaygroundError.typeError("'" + op.symbol() + "' not supported between instances of '" + a.typeName()
                + "' and '" + b.typeName() + "'");
    }

    /** A rich comparison, or NotImplemented where neither operand decides (before the identity fallback of ==). */
    static Value compareOrNotImplemented(CompareOperator op, Value a, Value b) {
        if (a instanceof DerivedBuiltin || b instanceof DerivedBuiltin) {
            Value overridden = DerivedBuiltins.compare(op, a, b);
            if (overridden != NotImplementedValue.INSTANCE) {
                return overridden;
            }
        }
        Value result = builtinCompare(op, a, b);
        if (result != NotImplementedValue.INSTANCE) {
            return result;
        }
        if (a instanceof OperatorDispatch left) {
            result = left.compare(op, b);
            if (result != NotImplementedValue.INSTANCE) {
                return result;
            }
        }
        if (b instanceof OperatorDispatch right) {
            result = right.compare(op.reflected(), a);
            if (result != NotImplementedValue.INSTANCE) {
                return result;
            }
        }
        return NotImplementedValue.INSTANCE;
    }

    /** Python's {@code a == b} as a Java boolean (the result's truth value). */
    public static boolean equal(Value a, Value b) {
        return identical(a, b) || compare(CompareOperator.EQUAL, a, b).isTruthy();
    }

    /** Python's {@code is}: the same object, with the singletons and CPython's small-int cache. */
    static boolean identical(Value a, Value b) {
        if (a == b) {
            return true;
        }
        if (a instanceof IntValue x && b instanceof IntValue y) {
            return x.equals(y) && x.value().bitLength() < 10 && x.value().longValue() >= -5 && x.value().longValue() <= 256;
        }
        return a instanceof TypeValue && a.equals(b);
    }

    private static Value contains(Value container, Value item) {
        if (container instanceof DerivedBuiltin derived) {
            Value overridden = DerivedBuiltins.contains(derived, item);
            if (overridden != NotImplementedValue.INSTANCE) {
                return overridden;
            }
        }
        if (container instanceof StrValue text) {
            if (!(item instanceof StrValue needle)) {
                throw PlaygroundError.typeError("'in <string>' requires string as left operand, not " + item.typeName());
            }
            return BoolValue.of(text.value().contains(needle.value()));
        }
        if (container instanceof OperatorDispatch dispatch) {
            // arrays decide membership themselves (NumPy: (a == x).any())
            Value result = dispatch.contains(item);
            if (result != NotImplementedValue.INSTANCE) {
                return result;
            }
        }
        if (container instanceof RangeValue range) {
            BigInteger wanted = integer(item);
            if (wanted != null || !(item instanceof FloatValue)) {
                return BoolValue.of(wanted != null && wanted.bitLength() < 63 && range.contains(wanted.longValue()));
            }
        }
        if (container instanceof IterableValue iterable) {
            if (iterable.length() > 50_000_000L) { // iterating more would take too long, whatever the list limit
                throw PlaygroundError.memoryError("'in' over " + iterable.length() + " items is too large for the playground");
            }
            for (Value element : iterable.items()) {
                if (equal(element, item)) {
                    return BoolValue.TRUE;
                }
            }
            return BoolValue.FALSE;
        }
        throw PlaygroundError.typeError("argument of type '" + container.typeName() + "' is not iterable");
    }

    private static Value builtinCompare(CompareOperator op, Value a, Value b) {
        BigInteger leftInt = integer(a);
        BigInteger rightInt = integer(b);
        boolean leftNumber = leftInt != null || a instanceof FloatValue;
        boolean rightNumber = rightInt != null || b instanceof FloatValue;
        if (leftNumber && rightNumber) {
            int order;
            if (leftInt != null && rightInt != null) {
                order = leftInt.compareTo(rightInt);
            } else if (leftInt == null && rightInt == null) {
                double x = ((FloatValue) a).value();
                double y = ((FloatValue) b).value();
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    return BoolValue.of(op == CompareOperator.NOT_EQUAL);
                }
                order = Double.compare(x == 0.0 ? 0.0 : x, y == 0.0 ? 0.0 : y);
            } else {
                double f = leftInt == null ? ((FloatValue) a).value() : ((FloatValue) b).value();
                if (Double.isNaN(f)) {
                    return BoolValue.of(op == CompareOperator.NOT_EQUAL);
                }
                order = leftInt != null ? PythonScalars.compareIntWithFloat(leftInt, f)
                        : -PythonScalars.compareIntWithFloat(rightInt, f);
            }
            return BoolValue.of(holds(op, order));
        }
        if (a instanceof StrValue x && b instanceof StrValue y) {
            return BoolValue.of(holds(op, x.value().compareTo(y.value())));
        }
        if ((a instanceof ListValue && b instanceof ListValue) || (a instanceof TupleValue && b instanceof TupleValue)) {
            return compareSequences(op, ((IterableValue) a).items(), ((IterableValue) b).items());
        }
        if (a == NoneValue.INSTANCE && b == NoneValue.INSTANCE) {
            if (op == CompareOperator.EQUAL || op == CompareOperator.NOT_EQUAL) {
                return BoolValue.of(op == CompareOperator.EQUAL);
            }
        }
        if ((op == CompareOperator.EQUAL || op == CompareOperator.NOT_EQUAL) && isBuiltin(a) && isBuiltin(b)) {
            boolean same = a.equals(b);
            return BoolValue.of(op == CompareOperator.EQUAL ? same : !same);
        }
        return NotImplementedValue.INSTANCE;
    }

    private static boolean isBuiltin(Value value) {
        return value instanceof IntValue || value instanceof BoolValue || value instanceof FloatValue
                || value instanceof StrValue || value instanceof ListValue || value instanceof TupleValue
                || value instanceof NoneValue || value instanceof SliceValue || value instanceof EllipsisValue
                || value instanceof TypeValue;
    }

    private static Value compareSequences(CompareOperator op, List<Value> a, List<Value> b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            if (!equal(a.get(i), b.get(i))) {
                if (op == CompareOperator.EQUAL) {
                    return BoolValue.FALSE;
                }
                if (op == CompareOperator.NOT_EQUAL) {
                    return BoolValue.TRUE;
                }
                return compare(op, a.get(i), b.get(i));
            }
        }
        return BoolValue.of(holds(op, Integer.compare(a.size(), b.size())));
    }

    private static boolean holds(CompareOperator op, int order) {
        return switch (op) {
            case EQUAL -> order == 0;
            case NOT_EQUAL -> order != 0;
            case LESS -> order < 0;
            case LESS_EQUAL -> order <= 0;
            case GREATER -> order > 0;
            case GREATER_EQUAL -> order >= 0;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }
}
