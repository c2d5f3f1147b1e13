package io.tastelab.playground.interp;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Python's iteration protocol over every iterable kind, with the playground's limits. */
public final class Iteration {

    private Iteration() {
    }

    /**
     * An iterator over {@code value}'s items: lazy for ranges, lists (which it reads live, as Python does),
     * dicts and iterators.
     *
     * @throws PlaygroundError TypeError "'int' object is not iterable"
     */
    public static Iterator<Value> iterator(Value value) {
        if (value instanceof IterableValue iterable) {
            return iterable.iterator();
        }
        throw notIterable(value);
    }

    /**
     * All of {@code value}'s items, refused with MemoryError past the sequence limit (an iterator is drained
     * item by item, so the limit holds before anything large is built).
     */
    public static List<Value> toList(Value value, InterpreterLimits limits) {
        if (value instanceof IteratorValue || value instanceof InstanceValue.IterableInstanceValue) {
            // drained item by item: an iterator has no length, a user class's __len__ need not exist
            IterableValue iterator = (IterableValue) value;
            List<Value> items = new ArrayList<>();
            Iterator<Value> source = iterator.iterator();
            while (source.hasNext()) {
                items.add(source.next());
                Operators.checkLength(items.size(), limits);
            }
            return items;
        }
        if (value instanceof IterableValue iterable) {
            Operators.checkLength(iterable.length(), limits);
            return iterable.items();
        }
        throw notIterable(value);
    }

    static PlaygroundError notIterable(Value value) {
        return PlaygroundError.typeError("'" + value.typeName() + "' object is not iterable");
    }
}
