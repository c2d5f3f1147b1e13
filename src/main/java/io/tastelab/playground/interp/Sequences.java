package io.tastelab.playground.interp;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Python's indexing and slicing rules for lists, tuples and strings. */
final class Sequences {

    private Sequences() {
    }

    /** The int a value stands for as an index (ints, bools, {@link IndexValue}s), or null if it is not one. */
    static BigInteger asIndex(Value value) {
        return switch (value) {
            case IntValue i -> i.value();
            case BoolValue b -> b.asInteger();
            case IndexValue i -> i.asIndex();
            default -> null;
        };
    }

    /**
     * The position {@code index} refers to in a sequence of {@code length}, negative counting from the end.
     *
     * @throws PlaygroundError IndexError "{kind} index out of range", or TypeError for a non-int index
     */
    static int position(Value index, int length, String kind, String action) {
        BigInteger value = asIndex(index);
        if (value == null) {
            throw PlaygroundError.typeError(kind + " indices must be integers or slices, not " + index.typeName());
        }
        if (value.signum() < 0) {
            value = value.add(BigInteger.valueOf(length));
        }
        if (value.signum() < 0 || value.compareTo(BigInteger.valueOf(length)) >= 0) {
            throw PlaygroundError.indexError(kind + " " + action + "index out of range");
        }
        return value.intValue();
    }

    /** The items a slice selects. */
    static <T> List<T> slice(List<T> items, SliceValue slice) {
        SliceValue.Bounds bounds = slice.indices(items.size());
        List<T> selected = new ArrayList<>((int) bounds.length());
        long position = bounds.start();
        for (long i = 0; i < bounds.length(); i++) {
            selected.add(items.get((int) position));
            position += bounds.step();
        }
        return selected;
    }

    /** {@code items[index]} for a list or tuple. */
    static Value getItem(List<Value> items, Value index, String kind) {
        if (index instanceof SliceValue slice) {
            List<Value> selected = slice(items, slice);
            return kind.equals("list") ? new ListValue(selected) : new TupleValue(selected);
        }
        return items.get(position(index, items.size(), kind, ""));
    }
}
