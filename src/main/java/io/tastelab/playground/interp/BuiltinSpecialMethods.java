package io.tastelab.playground.interp;

import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import io.tastelab.playground.lang.UnaryOperator;
import java.util.List;

/**
 * A builtin type's own methods and special methods as callables on one value, ignoring what a user class derived
 * from it overrides: what {@code super().__eq__(other)}, {@code super().__hash__()} or {@code super().upper()} call
 * inside such a class, and what {@code str.__hash__} or {@code str.upper} are when read off the type. Comparisons
 * and arithmetic return NotImplemented for operands the builtin does not take, as CPython's slots do.
 */
final class BuiltinSpecialMethods {

    private BuiltinSpecialMethods() {
    }

    /**
     * The builtin's {@code name} bound to {@code self} (a builtin value, or an instance of a class derived from
     * one), or null when the builtin has no such attribute.
     */
    static Value bound(Value self, String name) {
        Value method = self instanceof DerivedBuiltin derived ? derived.builtinAttribute(name)
                : self instanceof AttributeDispatch dispatch ? dispatch.getAttribute(name) : null;
        if (method != null) {
            return method;
        }
        BuiltinFunction.Body body = special(self, name);
        return body == null ? null : new BuiltinFunction(name, body);
    }

    /** The value as the builtin type itself: a derived instance's plain copy, else the value. */
    private static Value plain(Value self) {
        return self instanceof DerivedBuiltin derived ? derived.plainCopy() : self;
    }

    private static BuiltinFunction.Body special(Value self, String name) {
        String owner = DerivedBuiltins.builtinTypeName(self);
        for (CompareOperator op : List.of(CompareOperator.EQUAL, CompareOperator.NOT_EQUAL, CompareOperator.LESS,
                CompareOperator.LESS_EQUAL, CompareOperator.GREATER, CompareOperator.GREATER_EQUAL)) {
            if (name.equals(DerivedBuiltins.compareName(op))) {
                return (arguments, context) -> {
                    Value other = arguments.bind(owner + "." + name, List.of("value"), 1)[0];
                    return comparable(owner, other) ? Operators.compareOrNotImplemented(op, plain(self), other)
                            : NotImplementedValue.INSTANCE;
                };
            }
        }
        for (BinaryOperator op : BinaryOperator.values()) {
            boolean forward = name.equals("__" + op.dunderStem() + "__");
            if (forward || name.equals("__r" + op.dunderStem() + "__")) {
                return (arguments, context) -> {
                    Value other = arguments.bind(owner + "." + name, List.of("value"), 1)[0];
                    return forward ? Operators.binaryOrNotImplemented(op, plain(self), other, context.limits())
                            : Operators.binaryOrNotImplemented(op, other, plain(self), context.limits());
                };
            }
        }
        return switch (name) {
            case "__hash__" -> (arguments, context) -> {
                arguments.bind(owner + ".__hash__", List.of(), 0);
                return IntValue.of(HashKey.of(plain(self)).hashCode());
            };
            case "__repr__" -> (arguments, context) -> {
                arguments.bind(owner + ".__repr__", List.of(), 0);
                return new StrValue(self instanceof DerivedBuiltin derived ? derived.builtinRepr() : self.repr());
            };
            case "__str__" -> (arguments, context) -> {
                arguments.bind(owner + ".__str__", List.of(), 0);
                // only str has a __str__ of its own; the others inherit object's, which is repr(self)
                return new StrValue(self instanceof StrValue text ? text.value() : self.repr());
            };
            case "__len__" -> self instanceof IterableValue ? (arguments, context) -> {
                arguments.bind(owner + ".__len__", List.of(), 0);
                return IntValue.of(((IterableValue) plain(self)).length());
            } : null;
            case "__contains__" -> self instanceof IterableValue ? (arguments, context) -> {
                Value item = arguments.bind(owner + ".__contains__", List.of("key"), 1)[0];
                return Operators.compare(CompareOperator.IN, item, plain(self));
            } : null;
            case "__getitem__" -> self instanceof SubscriptDispatch ? (arguments, context) -> {
                Value index = arguments.bind(owner + ".__getitem__", List.of("key"), 1)[0];
                return ((SubscriptDispatch) plain(self)).getItem(index);
            } : null;
            case "__setitem__" -> mutable(self) ? (arguments, context) -> {
                Value[] slots = arguments.bind(owner + ".__setitem__", List.of("key", "value"), 2);
                switch (self) {
                    case DerivedListValue list -> list.builtinSetItem(slots[0], slots[1]);
                    case DerivedDictValue dict -> dict.builtinSetItem(slots[0], slots[1]);
                    default -> ((SubscriptDispatch) self).setItem(slots[0], slots[1]);
                }
                return NoneValue.INSTANCE;
            } : null;
            case "__delitem__" -> mutable(self) ? (arguments, context) -> {
                Value index = arguments.bind(owner + ".__delitem__", List.of("key"), 1)[0];
                switch (self) {
                    case DerivedListValue list -> list.builtinDeleteItem(index);
                    case DerivedDictValue dict -> dict.builtinDeleteItem(index);
                    default -> ((SubscriptDispatch) self).deleteItem(index);
                }
                return NoneValue.INSTANCE;
            } : null;
            case "__neg__", "__pos__", "__abs__", "__invert__" -> self instanceof IntValue || self instanceof FloatValue
                    ? (arguments, context) -> {
                        arguments.bind(owner + "." + name, List.of(), 0);
                        Value plain = plain(self);
                        if (name.equals("__abs__")) {
                            return plain instanceof IntValue i ? IntValue.of(i.value().abs())
                                    : new FloatValue(Math.abs(((FloatValue) plain).value()));
                        }
                        return Operators.unary(name.equals("__neg__") ? UnaryOperator.NEGATE
                                        : name.equals("__pos__") ? UnaryOperator.PLUS : UnaryOperator.INVERT,
                                        plain);
                    } : null;
            default -> null;
        };
    }

    /** Whether the builtin {@code owner}'s rich comparison takes {@code other}; else it returns NotImplemented. */
    private static boolean comparable(String owner, Value other) {
        return switch (owner) {
            case "str" -> other instanceof StrValue;
            case "int" -> other instanceof IntValue || other instanceof BoolValue;
            case "float" -> other instanceof FloatValue || other instanceof IntValue || other instanceof BoolValue;
            case "tuple" -> other instanceof TupleValue;
            case "list" -> other instanceof ListValue;
            case "dict" -> other instanceof DictValue;
            default -> true;
        };
    }

    private static boolean mutable(Value self) {
        return self instanceof ListValue || self instanceof DictValue;
    }
}
