package io.tastelab.playground.interp;

import java.util.Iterator;
import java.util.List;

/**
 * A value that can be iterated: unpacked by {@code a, b = x}, passed to {@code list(x)}, {@code sum(x)},
 * measured by {@code len(x)}. An array iterates over its first axis.
 */
public interface IterableValue extends Value {

    /** The number of items, as {@code len(x)} reports it. */
    long length();

    /**
     * The items in order. Callers check {@link #length()} against their limits first, so an implementation may
     * materialize the list.
     */
    List<Value> items();

    /**
     * The items one at a time, as a {@code for} loop takes them; kinds that are large or change while iterated
     * (ranges, lists, dicts, iterators) override it to be lazy.
     */
    default Iterator<Value> iterator() {
        return items().iterator();
    }
}
