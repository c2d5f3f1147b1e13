package io.tastelab.playground.interp;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A one-pass iterator such as {@code zip(...)}, {@code enumerate(...)}, {@code map(...)} or a generator
 * expression: iterating it consumes it, and it has no {@code len()}, as in Python. Not thread-safe.
 * A generator ({@link GeneratorValue}) is one too.
 */
public class IteratorValue implements IterableValue {

    private final String typeName;
    private final String shownName;
    private final Iterator<Value> source;

    /**
     * @param typeName  Python's type name, e.g. {@code zip}
     * @param shownName what its repr calls it, e.g. {@code zip object} or {@code generator object <genexpr>}
     */
    IteratorValue(String typeName, String shownName, Iterator<Value> source) {
        this.typeName = typeName;
        this.shownName = shownName;
        this.source = source;
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public String repr() {
        return String.format("<%s at 0x%012x>", shownName, System.identityHashCode(this));
    }

    /** @throws PlaygroundError always: an iterator has no length */
    @Override
    public long length() {
        throw PlaygroundError.typeError("object of type '" + typeName + "' has no len()");
    }

    /** The remaining items; the iterator is exhausted afterwards. */
    @Override
    public List<Value> items() {
        List<Value> rest = new ArrayList<>();
        source.forEachRemaining(rest::add);
        return rest;
    }

    @Override
    public Iterator<Value> iterator() {
        return source;
    }

    /** The next item, or null when it is exhausted. */
    Value next() {
        return source.hasNext() ? source.next() : null;
    }
}
