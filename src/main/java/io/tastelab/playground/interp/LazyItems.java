package io.tastelab.playground.interp;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator written as one method that computes the next item or says there is none: the base of the lazy
 * iterators of {@code itertools} and {@code collections}. Each item is checked against the cell's time budget and
 * Cancel, since an infinite source ({@code count()}, {@code cycle(...)}) may be drained by a builtin that takes no
 * steps of its own ({@code sum}, {@code max}).
 */
abstract class LazyItems implements Iterator<Value> {

    private final CallContext context;
    private Value pending;
    private boolean done;

    LazyItems(CallContext context) {
        this.context = context;
    }

    /** The next item, or null when there are no more (then it is not called again). */
    protected abstract Value compute();

    @Override
    public final boolean hasNext() {
        if (pending == null && !done) {
            context.checkBudget();
            try {
                pending = compute();
            } catch (RuntimeException failure) {
                done = true;
                throw failure;
            }
            done = pending == null;
        }
        return pending != null;
    }

    @Override
    public final Value next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Value item = pending;
        pending = null;
        return item;
    }
}
