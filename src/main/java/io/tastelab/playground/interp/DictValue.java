package io.tastelab.playground.interp;

import io.tastelab.playground.lang.BinaryOperator;
import io.tastelab.playground.lang.CompareOperator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A Python {@code dict}: insertion-ordered, keyed by Python equality ({@link HashKey}). Mutable, not thread-safe.
 * Iterating it yields its keys; changing its size while a loop iterates it raises Python's RuntimeError.
 * {@code collections}' dict subclasses ({@code defaultdict}, {@code Counter}, {@code OrderedDict}) extend it.
 */
public class DictValue implements IterableValue, SubscriptDispatch, AttributeDispatch, OperatorDispatch {

    private static final ThreadLocal<Set<DictValue>> BEING_SHOWN =
            ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));

    /** Each entry keeps the key as first inserted, as Python does, and the current value. */
    private final LinkedHashMap<Object, Value[]> entries = new LinkedHashMap<>();

    /** An empty dict. */
    public DictValue() {
    }

    /** The value under {@code key}, or null when there is none. */
    public Value get(Value key) {
        Value[] entry = entries.get(HashKey.of(key));
        return entry == null ? null : entry[1];
    }

    /** {@code self[key] = value}. */
    public void put(Value key, Value value) {
        Value[] entry = entries.get(HashKey.of(key));
        if (entry != null) {
            entry[1] = value;
        } else {
            entries.put(HashKey.of(key), new Value[] {key, value});
        }
    }

    /** Moves {@code key}'s entry to the end ({@code last}) or the front, as {@code OrderedDict.move_to_end}. */
    void moveToEnd(Value key, boolean last) {
        Object hashKey = HashKey.of(key);
        Value[] entry = entries.remove(hashKey);
        if (entry == null) {
            throw PlaygroundError.of("KeyError", key.repr());
        }
        if (last) {
            entries.put(hashKey, entry);
            return;
        }
        LinkedHashMap<Object, Value[]> rest = new LinkedHashMap<>(entries);
        entries.clear();
        entries.put(hashKey, entry);
        entries.putAll(rest);
    }

    /** The keys in order. */
    public List<Value> keys() {
        List<Value> keys = new ArrayList<>(entries.size());
        entries.values().forEach(entry -> keys.add(entry[0]));
        return keys;
    }

    /** The values in order. */
    public List<Value> values() {
        List<Value> values = new ArrayList<>(entries.size());
        entries.values().forEach(entry -> values.add(entry[1]));
        return values;
    }

    /** The (key, value) pairs in order, as tuples. */
    public List<Value> pairs() {
        List<Value> pairs = new ArrayList<>(entries.size());
        entries.values().forEach(entry -> pairs.add(TupleValue.of(entry[0], entry[1])));
        return pairs;
    }

    @Override
    public String typeName() {
        return "dict";
    }

    @Override
    public String repr() {
        Set<DictValue> shown = BEING_SHOWN.get();
        if (!shown.add(this)) {
            return "{...}";
        }
        try {
            StringBuilder text = new StringBuilder("{");
            for (Value[] entry : entries.values()) {
                if (text.length() > 1) {
                    text.append(", ");
                }
                text.append(entry[0].repr()).append(": ").append(entry[1].repr());
            }
            return text.append('}').toString();
        } finally {
            shown.remove(this);
        }
    }

    @Override
    public boolean isTruthy() {
        return !entries.isEmpty();
    }

    @Override
    public long length() {
        return entries.size();
    }

    @Override
    public List<Value> items() {
        return keys();
    }

    @Override
    public Iterator<Value> iterator() {
        return view(entry -> entry[0]);
    }

    /** A live iterator over the entries that fails as Python does when the dict changes size meanwhile. */
    Iterator<Value> view(java.util.function.Function<Value[], Value> pick) {
        List<Value[]> snapshot = new ArrayList<>(entries.values());
        int size = entries.size();
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                if (entries.size() != size) {
                    throw PlaygroundError.of("RuntimeError", "dictionary changed size during iteration");
                }
                return next < snapshot.size();
            }

            @Override
            public Value next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pick.apply(snapshot.get(next++));
            }
        };
    }

    @Override
    public Value getItem(Value index) {
        Value value = get(index);
        if (value == null) {
            throw PlaygroundError.of("KeyError", index.repr());
        }
        return value;
    }

    @Override
    public void setItem(Value index, Value value) {
        put(index, value);
    }

    @Override
    public void deleteItem(Value index) {
        if (entries.remove(HashKey.of(index)) == null) {
            throw PlaygroundError.of("KeyError", index.repr());
        }
    }

    @Override
    public Value contains(Value item) {
        return BoolValue.of(entries.containsKey(HashKey.of(item)));
    }

    @Override
    public Value compare(CompareOperator op, Value other) {
        if (!(other instanceof DictValue that) || (op != CompareOperator.EQUAL && op != CompareOperator.NOT_EQUAL)) {
            return NotImplementedValue.INSTANCE;
        }
        boolean equal = entries.size() == that.entries.size();
        for (Map.Entry<Object, Value[]> entry : entries.entrySet()) {
            if (!equal) {
                break;
            }
            Value[] theirs = that.entries.get(entry.getKey());
            equal = theirs != null && Operators.equal(entry.getValue()[1], theirs[1]);
        }
        return BoolValue.of(op == CompareOperator.EQUAL ? equal : !equal);
    }

    @Override
    public Value binaryOp(BinaryOperator op, Value other, boolean reflected) {
        if (op != BinaryOperator.BIT_OR || !(other instanceof DictValue that)) {
            return NotImplementedValue.INSTANCE;
        }
        DictValue merged = new DictValue();
        DictValue first = reflected ? that : this;
        DictValue second = reflected ? this : that;
        first.entries.values().forEach(entry -> merged.put(entry[0], entry[1]));
        second.entries.values().forEach(entry -> merged.put(entry[0], entry[1]));
        return merged;
    }

    @Override
    public Value inPlaceOp(BinaryOperator op, Value other) {
        if (op != BinaryOperator.BIT_OR || !(other instanceof DictValue that)) {
            return NotImplementedValue.INSTANCE;
        }
        that.pairsInOrder().forEach(entry -> put(entry[0], entry[1]));
        return this;
    }

    private List<Value[]> pairsInOrder() {
        return new ArrayList<>(entries.values());
    }

    /** {@code dict.update(other)}: from a dict or an iterable of pairs. */
    void update(Value other, CallContext context) {
        if (other instanceof DictValue that) {
            that.pairsInOrder().forEach(entry -> put(entry[0], entry[1]));
            return;
        }
        int position = 0;
        for (Value pair : Iteration.toList(other, context.limits())) {
            List<Value> items = pair instanceof IterableValue iterable && !(pair instanceof DictValue)
                    ? Iteration.toList(pair, context.limits()) : null;
            if (items == null) {
                throw PlaygroundError.typeError("cannot convert dictionary update sequence element #" + position
                        + " to a sequence");
            }
            if (items.size() != 2) {
                throw PlaygroundError.valueError("dictionary update sequence element #" + position + " has length "
                        + items.size() + "; 2 is required");
            }
            put(items.get(0), items.get(1));
            position++;
        }
    }

    @Override
    public Value getAttribute(String name) {
        BuiltinFunction.Body body = switch (name) {
            case "keys" -> (arguments, context) -> {
                arguments.bind("dict.keys", List.of(), 0);
                return new DictViewValue(this, DictViewValue.Kind.KEYS);
            };
            case "values" -> (arguments, context) -> {
                arguments.bind("dict.values", List.of(), 0);
                return new DictViewValue(this, DictViewValue.Kind.VALUES);
            };
            case "items" -> (arguments, context) -> {
                arguments.bind("dict.items", List.of(), 0);
                return new DictViewValue(this, DictViewValue.Kind.ITEMS);
            };
            case "get" -> (arguments, context) -> {
                Value[] slots = arguments.bind("get", List.of("key", "default"), 1);
                Value found = get(slots[0]);
                return found != null ? found : slots[1] != null ? slots[1] : NoneValue.INSTANCE;
            };
            case "pop" -> (arguments, context) -> {
                Value[] slots = arguments.bind("pop", List.of("key", "default"), 1);
                Value[] removed = entries.remove(HashKey.of(slots[0]));
                if (removed != null) {
                    return removed[1];
                }
                if (slots[1] != null) {
                    return slots[1];
                }
                throw PlaygroundError.of("KeyError", slots[0].repr());
            };
            case "setdefault" -> (arguments, context) -> {
                Value[] slots = arguments.bind("setdefault", List.of("key", "default"), 1);
                Value found = get(slots[0]);
                if (found != null) {
                    return found;
                }
                Value value = slots[1] != null ? slots[1] : NoneValue.INSTANCE;
                put(slots[0], value);
                return value;
            };
            case "update" -> (arguments, context) -> {
                Value[] slots = arguments.bind("update", List.of("other"), 0);
                if (slots[0] != null) {
                    update(slots[0], context);
                }
                return NoneValue.INSTANCE;
            };
            case "copy" -> (arguments, context) -> {
                arguments.bind("dict.copy", List.of(), 0);
                DictValue copy = new DictValue();
                entries.values().forEach(entry -> copy.put(entry[0], entry[1]));
                return copy;
            };
            case "clear" -> (arguments, context) -> {
                arguments.bind("dict.clear", List.of(), 0);
                entries.clear();
                return NoneValue.INSTANCE;
            };
            default -> null;
        };
        return body == null ? null : new BuiltinFunction(name, body, "dict object");
    }
}
