package io.tastelab.playground.interp;

import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * A Python {@code set}, by Python equality ({@link HashKey}). Mutable, not thread-safe. It iterates in insertion
 * order, where CPython iterates in hash-table order: the members are the same, a printed set's order may differ.
 */
public final class SetValue implements IterableValue, AttributeDispatch, OperatorDispatch {

    private final LinkedHashMap<Object, Value> members = new LinkedHashMap<>();

    /** An empty set. */
    public SetValue() {
    }

    /** A set of {@code items}. */
    public SetValue(List<Value> items) {
        items.forEach(this::add);
    }

    /** Adds {@code item} unless an equal member is there already. */
    public void add(Value item) {
        members.putIfAbsent(HashKey.of(item), item);
    }

    /** True if an equal member is in the set. */
    public boolean has(Value item) {
        return members.containsKey(HashKey.of(item));
    }

    @Override
    public String typeName() {
        return "set";
    }

    @Override
    public String repr() {
        if (members.isEmpty()) {
            return "set()";
        }
        return members.values().stream().map(Value::repr).collect(Collectors.joining(", ", "{", "}"));
    }

    @Override
    public boolean isTruthy() {
        return !members.isEmpty();
    }

    @Override
    public long length() {
        return members.size();
    }

    @Override
    public List<Value> items() {
        return new ArrayList<>(members.values());
    }

    @Override
    public Iterator<Value> iterator() {
        List<Value> snapshot = items();
        int size = members.size();
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                if (members.size() != size) {
                    throw PlaygroundError.of("RuntimeError", "Set changed size during iteration");
                }
                return next < snapshot.size();
            }

            @Override
            public Value next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return snapshot.get(next++);
            }
        };
    }

    @Override
    public Value contains(Value item) {
        return BoolValue.of(has(item));
    }

    private boolean subsetOf(SetValue other) {
        return other.members.keySet().containsAll(members.keySet());
    }

    @Override
    public Value compare(CompareOperator op, Value other) {
        if (!(other instanceof SetValue that)) {
            return NotImplementedValue.INSTANCE;
        }
        boolean result = switch (op) {
            case EQUAL -> members.keySet().equals(that.members.keySet());
            case NOT_EQUAL -> !members.keySet().equals(that.members.keySet());
            case LESS_EQUAL -> subsetOf(that);
            case LESS -> subsetOf(that) && members.size() < that.members.size();
            case GREATER_EQUAL -> that.subsetOf(this);
            case GREATER -> that.subsetOf(this) && members.size() > that.members.size();
            default -> throw new IllegalArgumentException(op.toString());
        };
        return BoolValue.of(result);
    }

    @Override
    public Value binaryOp(BinaryOperator op, Value other, boolean reflected) {
        if (!(other instanceof SetValue that)) {
            return NotImplementedValue.INSTANCE;
        }
        SetValue left = reflected ? that : this;
        SetValue right = reflected ? this : that;
        return switch (op) {
            case BIT_OR -> left.union(right.items());
            case BIT_AND -> left.intersection(right);
            case SUBTRACT -> left.difference(right);
            case BIT_XOR -> {
                SetValue result = left.difference(right);
                right.difference(left).members.forEach(result.members::putIfAbsent);
                yield result;
            }
            default -> NotImplementedValue.INSTANCE;
        };
    }

    private SetValue union(List<Value> items) {
        SetValue result = new SetValue(items());
        items.forEach(result::add);
        return result;
    }

    private SetValue intersection(SetValue other) {
        SetValue result = new SetValue();
        members.forEach((key, value) -> {
            if (other.members.containsKey(key)) {
                result.members.put(key, value);
            }
        });
        return result;
    }

    private SetValue difference(SetValue other) {
        SetValue result = new SetValue();
        members.forEach((key, value) -> {
            if (!other.members.containsKey(key)) {
                result.members.put(key, value);
            }
        });
        return result;
    }

    @Override
    public Value getAttribute(String name) {
        BuiltinFunction.Body body = switch (name) {
            case "add" -> (arguments, context) -> {
                add(arguments.bind("set.add", List.of("object"), 1)[0]);
                return NoneValue.INSTANCE;
            };
            case "remove" -> (arguments, context) -> {
                Value item = arguments.bind("set.remove", List.of("object"), 1)[0];
                if (members.remove(HashKey.of(item)) == null) {
                    throw PlaygroundError.of("KeyError", item.repr());
                }
                return NoneValue.INSTANCE;
            };
            case "discard" -> (arguments, context) -> {
                members.remove(HashKey.of(arguments.bind("set.discard", List.of("object"), 1)[0]));
                return NoneValue.INSTANCE;
            };
            case "update" -> (arguments, context) -> {
                for (Value iterable : arguments.positional()) {
                    Iteration.toList(iterable, context.limits()).forEach(this::add);
                }
                return NoneValue.INSTANCE;
            };
            case "union" -> (arguments, context) -> {
                SetValue result = new SetValue(items());
                for (Value iterable : arguments.positional()) {
                    Iteration.toList(iterable, context.limits()).forEach(result::add);
                }
                return result;
            };
            case "intersection" -> (arguments, context) -> {
                SetValue result = new SetValue(items());
                for (Value iterable : arguments.positional()) {
                    result = result.intersection(new SetValue(Iteration.toList(iterable, context.limits())));
                }
                return result;
            };
            case "difference" -> (arguments, context) -> {
                SetValue result = new SetValue(items());
                for (Value iterable : arguments.positional()) {
                    result = result.difference(new SetValue(Iteration.toList(iterable, context.limits())));
                }
                return result;
            };
            case "issubset" -> (arguments, context) -> BoolValue.of(subsetOf(new SetValue(Iteration.toList(
                    arguments.bind("issubset", List.of("other"), 1)[0], context.limits()))));
            case "issuperset" -> (arguments, context) -> BoolValue.of(new SetValue(Iteration.toList(
                    arguments.bind("issuperset", List.of("other"), 1)[0], context.limits())).subsetOf(this));
            case "copy" -> (arguments, context) -> {
                arguments.bind("set.copy", List.of(), 0);
                return new SetValue(items());
            };
            case "clear" -> (arguments, context) -> {
                arguments.bind("set.clear", List.of(), 0);
                members.clear();
                return NoneValue.INSTANCE;
            };
            default -> null;
        };
        return body == null ? null : new BuiltinFunction(name, body, "set object");
    }
}
