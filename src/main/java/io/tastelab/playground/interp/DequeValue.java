package io.tastelab.playground.interp;

import io.tastelab.playground.lang.CompareOperator;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * {@code collections.deque(iterable=(), maxlen=None)}: appends and pops at both ends; with a {@code maxlen}, adding
 * to a full deque drops an item from the other end. Indexable, iterable (a change of size while a loop iterates it
 * raises Python's RuntimeError), shown as {@code deque([1, 2], maxlen=3)}. Mutable, not thread-safe.
 */
final class DequeValue implements IterableValue, SubscriptDispatch, AttributeDispatch, OperatorDispatch {

    static final String TYPE = "collections.deque";
    private static final ThreadLocal<Set<DequeValue>> BEING_SHOWN =
            ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));

    private final ArrayDeque<Value> items = new ArrayDeque<>();
    /** The most items it keeps, or -1 for no bound. */
    private final long maxlen;
    private final InterpreterLimits limits;
    private long changes;

    private DequeValue(long maxlen, InterpreterLimits limits) {
        this.maxlen = maxlen;
        this.limits = limits;
    }

    static Value construct(Arguments arguments, CallContext context) {
        Value[] slots = arguments.bind("deque", List.of("iterable", "maxlen"), 0);
        long maxlen = -1;
        if (slots[1] != null && slots[1] != NoneValue.INSTANCE) {
            BigInteger bound = Values.asIndex(slots[1]);
            if (bound == null) {
                throw PlaygroundError.typeError("an integer is required");
            }
            if (bound.signum() < 0) {
                throw PlaygroundError.valueError("maxlen must be non-negative");
            }
            maxlen = bound.bitLength() > 62 ? Long.MAX_VALUE : bound.longValue();
        }
        DequeValue deque = new DequeValue(maxlen, context.limits());
        if (slots[0] != null) {
            deque.extend(slots[0], false);
        }
        return deque;
    }

    private void append(Value item, boolean left) {
        if (maxlen == 0) {
            return;
        }
        if (maxlen > 0 && items.size() >= maxlen) {
            if (left) {
                items.pollLast();
            } else {
                items.pollFirst();
            }
        }
        if (left) {
            items.addFirst(item);
        } else {
            items.addLast(item);
        }
        Operators.checkLength(items.size(), limits);
        changes++;
    }

    private void extend(Value iterable, boolean left) {
        List<Value> added = iterable == this ? new ArrayList<>(items) : null;
        Iterator<Value> source = added != null ? added.iterator() : Iteration.iterator(iterable);
        while (source.hasNext()) {
            append(source.next(), left);
        }
    }

    private Value pop(boolean left) {
        if (items.isEmpty()) {
            throw PlaygroundError.indexError("pop from an empty deque");
        }
        changes++;
        return left ? items.pollFirst() : items.pollLast();
    }

    private void rotate(long steps) {
        int size = items.size();
        if (size <= 1) {
            return;
        }
        long right = Math.floorMod(steps, size);
        for (long i = 0; i < right; i++) {
            items.addFirst(items.pollLast());
        }
        changes++;
    }

    private int position(Value index) {
        BigInteger position = Values.asIndex(index);
        if (position == null) {
            throw PlaygroundError.typeError("sequence index must be integer, not '" + index.typeName() + "'");
        }
        long at = position.signum() < 0 ? position.longValue() + items.size() : position.longValue();
        if (position.bitLength() > 62 || at < 0 || at >= items.size()) {
            throw PlaygroundError.indexError("deque index out of range");
        }
        return (int) at;
    }

    @Override
    public Value getItem(Value index) {
        return new ArrayList<>(items).get(position(index));
    }

    @Override
    public void setItem(Value index, Value value) {
        List<Value> all = new ArrayList<>(items);
        all.set(position(index), value);
        items.clear();
        items.addAll(all);
    }

    @Override
    public void deleteItem(Value index) {
        List<Value> all = new ArrayList<>(items);
        all.remove(position(index));
        items.clear();
        items.addAll(all);
        changes++;
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String repr() {
        Set<DequeValue> shown = BEING_SHOWN.get();
        if (!shown.add(this)) {
            return "[...]";
        }
        try {
            return "deque(" + new ListValue(new ArrayList<>(items)).repr()
                    + (maxlen >= 0 ? ", maxlen=" + maxlen : "") + ")";
        } finally {
            shown.remove(this);
        }
    }

    @Override
    public boolean isTruthy() {
        return !items.isEmpty();
    }

    @Override
    public long length() {
        return items.size();
    }

    @Override
    public List<Value> items() {
        return new ArrayList<>(items);
    }

    @Override
    public Iterator<Value> iterator() {
        long expected = changes;
        Iterator<Value> source = new ArrayList<>(items).iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (changes != expected) {
                    throw PlaygroundError.of("RuntimeError", "deque mutated during iteration");
                }
                return source.hasNext();
            }

            @Override
            public Value next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return source.next();
            }
        };
    }

    @Override
    public Value contains(Value item) {
        for (Value candidate : items) {
            if (Operators.equal(candidate, item)) {
                return BoolValue.TRUE;
            }
        }
        return BoolValue.FALSE;
    }

    @Override
    public Value compare(CompareOperator op, Value other) {
        if (!(other instanceof DequeValue that) || (op != CompareOperator.EQUAL && op != CompareOperator.NOT_EQUAL)) {
            return NotImplementedValue.INSTANCE;
        }
        boolean equal = Operators.equal(new ListValue(items()), new ListValue(that.items()));
        return BoolValue.of(op == CompareOperator.EQUAL ? equal : !equal);
    }

    @Override
    public Value getAttribute(String name) {
        BuiltinFunction.Body body = switch (name) {
            case "append", "appendleft" -> (arguments, context) -> {
                append(arguments.bind(name, List.of("x"), 1)[0], name.equals("appendleft"));
                return NoneValue.INSTANCE;
            };
            case "extend", "extendleft" -> (arguments, context) -> {
                extend(arguments.bind(name, List.of("iterable"), 1)[0], name.equals("extendleft"));
                return NoneValue.INSTANCE;
            };
            case "pop", "popleft" -> (arguments, context) -> {
                arguments.bind(name, List.of(), 0);
                return pop(name.equals("popleft"));
            };
            case "rotate" -> (arguments, context) -> {
                Value[] slots = arguments.bind("rotate", List.of("n"), 0);
                BigInteger steps = slots[0] == null ? BigInteger.ONE : Values.asIndex(slots[0]);
                if (steps == null) {
                    throw PlaygroundError.typeError("'" + slots[0].typeName() + "' object cannot be interpreted as "
                            + "an integer");
                }
                rotate(steps.mod(BigInteger.valueOf(Math.max(1, items.size()))).longValue());
                return NoneValue.INSTANCE;
            };
            case "clear" -> (arguments, context) -> {
                arguments.bind("clear", List.of(), 0);
                items.clear();
                changes++;
                return NoneValue.INSTANCE;
            };
            case "count" -> (arguments, context) -> {
                Value item = arguments.bind("count", List.of("value"), 1)[0];
                return IntValue.of(items.stream().filter(candidate -> Operators.equal(candidate, item)).count());
            };
            case "remove" -> (arguments, context) -> {
                Value item = arguments.bind("remove", List.of("value"), 1)[0];
                Iterator<Value> scan = items.iterator();
                while (scan.hasNext()) {
                    if (Operators.equal(scan.next(), item)) {
                        scan.remove();
                        changes++;
                        return NoneValue.INSTANCE;
                    }
                }
                throw PlaygroundError.valueError(item.repr() + " is not in deque");
            };
            case "reverse" -> (arguments, context) -> {
                arguments.bind("reverse", List.of(), 0);
                List<Value> all = new ArrayList<>(items);
                Collections.reverse(all);
                items.clear();
                items.addAll(all);
                return NoneValue.INSTANCE;
            };
            case "copy" -> (arguments, context) -> {
                arguments.bind("copy", List.of(), 0);
                DequeValue copy = new DequeValue(maxlen, limits);
                copy.items.addAll(items);
                return copy;
            };
            default -> null;
        };
        if (name.equals("maxlen")) {
            return maxlen < 0 ? NoneValue.INSTANCE : IntValue.of(maxlen);
        }
        return body == null ? null : new BuiltinFunction(name, body, "collections.deque object");
    }
}
