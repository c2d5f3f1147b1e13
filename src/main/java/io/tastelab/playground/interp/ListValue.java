package io.tastelab.playground.interp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** A Python {@code list}: mutable, compared by identity in Java (Python's {@code ==} lives in the interpreter). */
public class ListValue implements IterableValue, SubscriptDispatch, AttributeDispatch {

    private static final ThreadLocal<Set<ListValue>> BEING_SHOWN =
            ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));

    private final List<Value> items;

    /** A list holding a copy of {@code items}. */
    public ListValue(List<Value> items) {
        this.items = new ArrayList<>(items);
    }

    /** The live items; changes show in the list. */
    public List<Value> mutableItems() {
        return items;
    }

    @Override
    public List<Value> items() {
        return Collections.unmodifiableList(items);
    }

    @Override
    public long length() {
        return items.size();
    }

    /** Reads the list live, by position, as Python's list iterator does: items appended meanwhile are seen. */
    @Override
    public java.util.Iterator<Value> iterator() {
        return new java.util.Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < items.size();
            }

            @Override
            public Value next() {
                if (next >= items.size()) {
                    throw new java.util.NoSuchElementException();
                }
                return items.get(next++);
            }
        };
    }

    @Override
    public String typeName() {
        return "list";
    }

    @Override
    public String repr() {
        Set<ListValue> shown = BEING_SHOWN.get();
        if (!shown.add(this)) {
            return "[...]";
        }
        try {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    text.append(", ");
                }
                text.append(items.get(i).repr());
            }
            return text.append(']').toString();
        } finally {
            shown.remove(this);
        }
    }

    @Override
    public boolean isTruthy() {
        return !items.isEmpty();
    }

    @Override
    public Value getItem(Value index) {
        return Sequences.getItem(items, index, "list");
    }

    @Override
    public void setItem(Value index, Value value) {
        if (index instanceof SliceValue slice) {
            if (!(value instanceof IterableValue iterable)) {
                throw PlaygroundError.typeError("must assign iterable to extended slice");
            }
            List<Value> replacement = new ArrayList<>(iterable.items());
            SliceValue.Bounds bounds = slice.indices(items.size());
            if (bounds.step() == 1) {
                int from = (int) bounds.start();
                int to = (int) Math.max(bounds.start(), bounds.stop());
                items.subList(from, to).clear();
                items.addAll(from, replacement);
                return;
            }
            if (replacement.size() != bounds.length()) {
                throw PlaygroundError.valueError("attempt to assign sequence of size " + replacement.size()
                        + " to extended slice of size " + bounds.length());
            }
            long position = bounds.start();
            for (Value item : replacement) {
                items.set((int) position, item);
                position += bounds.step();
            }
            return;
        }
        items.set(Sequences.position(index, items.size(), "list", "assignment "), value);
    }

    @Override
    public void deleteItem(Value index) {
        if (index instanceof SliceValue slice) {
            SliceValue.Bounds bounds = slice.indices(items.size());
            List<Integer> doomed = new ArrayList<>();
            long position = bounds.start();
            for (long i = 0; i < bounds.length(); i++) {
                doomed.add((int) position);
                position += bounds.step();
            }
            doomed.sort(java.util.Comparator.reverseOrder());
            doomed.forEach(at -> items.remove((int) at));
            return;
        }
        items.remove(Sequences.position(index, items.size(), "list", "assignment "));
    }

    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "append" -> new BuiltinFunction("append", (arguments, context) -> {
                Value[] slots = arguments.bind("list.append", List.of("object"), 1);
                if (items.size() >= context.limits().maxSequenceLength()) {
                    throw PlaygroundError.memoryError("list too long");
                }
                items.add(slots[0]);
                return NoneValue.INSTANCE;
            }, "list object");
            case "extend" -> new BuiltinFunction("extend", (arguments, context) -> {
                Value[] slots = arguments.bind("list.extend", List.of("iterable"), 1);
                items.addAll(Iteration.toList(slots[0], context.limits()));
                Operators.checkLength(items.size(), context.limits());
                return NoneValue.INSTANCE;
            }, "list object");
            case "pop" -> new BuiltinFunction("pop", (arguments, context) -> {
                Value[] slots = arguments.bind("pop", List.of("index"), 0);
                if (items.isEmpty()) {
                    throw PlaygroundError.indexError("pop from empty list");
                }
                int position = slots[0] == null ? items.size() - 1
                        : Sequences.position(slots[0], items.size(), "pop", "");
                return items.remove(position);
            }, "list object");
            case "insert" -> new BuiltinFunction("insert", (arguments, context) -> {
                Value[] slots = arguments.bind("insert", List.of("index", "object"), 2);
                java.math.BigInteger position = Sequences.asIndex(slots[0]);
                if (position == null) {
                    throw PlaygroundError.typeError("'" + slots[0].typeName()
                            + "' object cannot be interpreted as an integer");
                }
                long at = position.signum() < 0 ? Math.max(0, position.longValue() + items.size())
                        : Math.min(items.size(), position.min(java.math.BigInteger.valueOf(items.size())).longValue());
                items.add((int) at, slots[1]);
                return NoneValue.INSTANCE;
            }, "list object");
            case "index" -> new BuiltinFunction("index", (arguments, context) -> {
                Value wanted = arguments.bind("index", List.of("value"), 1)[0];
                for (int i = 0; i < items.size(); i++) {
                    if (Operators.equal(items.get(i), wanted)) {
                        return IntValue.of(i);
                    }
                }
                throw PlaygroundError.valueError(wanted.repr() + " is not in list");
            }, "list object");
            case "count" -> new BuiltinFunction("count", (arguments, context) -> {
                Value wanted = arguments.bind("count", List.of("value"), 1)[0];
                return IntValue.of(items.stream().filter(item -> Operators.equal(item, wanted)).count());
            }, "list object");
            case "remove" -> new BuiltinFunction("remove", (arguments, context) -> {
                Value wanted = arguments.bind("remove", List.of("value"), 1)[0];
                for (int i = 0; i < items.size(); i++) {
                    if (Operators.equal(items.get(i), wanted)) {
                        items.remove(i);
                        return NoneValue.INSTANCE;
                    }
                }
                throw PlaygroundError.valueError("list.remove(x): x not in list");
            }, "list object");
            case "reverse" -> new BuiltinFunction("reverse", (arguments, context) -> {
                arguments.bind("reverse", List.of(), 0);
                Collections.reverse(items);
                return NoneValue.INSTANCE;
            }, "list object");
            case "sort" -> new BuiltinFunction("sort", (arguments, context) -> {
                IterationBuiltins.sort(items, arguments, "sort", context);
                return NoneValue.INSTANCE;
            }, "list object");
            case "copy" -> new BuiltinFunction("copy", (arguments, context) -> {
                arguments.bind("copy", List.of(), 0);
                return new ListValue(items);
            }, "list object");
            case "clear" -> new BuiltinFunction("clear", (arguments, context) -> {
                arguments.bind("clear", List.of(), 0);
                items.clear();
                return NoneValue.INSTANCE;
            }, "list object");
            default -> null;
        };
    }
}
