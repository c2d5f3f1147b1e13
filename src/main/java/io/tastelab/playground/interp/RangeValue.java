package io.tastelab.playground.interp;

import java.util.ArrayList;
import java.util.List;

/** Python's {@code range(start, stop, step)}: a lazy sequence of ints. Immutable. */
public record RangeValue(long start, long stop, long step) implements IterableValue, SubscriptDispatch {

    public RangeValue {
        if (step == 0) {
            throw PlaygroundError.valueError("range() arg 3 must not be zero");
        }
    }

    @Override
    public String typeName() {
        return "range";
    }

    @Override
    public String repr() {
        return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
    }

    @Override
    public boolean isTruthy() {
        return length() > 0;
    }

    @Override
    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    @Override
    public List<Value> items() {
        long length = length();
        List<Value> items = new ArrayList<>((int) Math.min(length, Integer.MAX_VALUE - 8));
        for (long i = 0; i < length; i++) {
            items.add(IntValue.of(start + i * step));
        }
        return items;
    }

    @Override
    public java.util.Iterator<Value> iterator() {
        long length = length();
        return new java.util.Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < length;
            }

            @Override
            public Value next() {
                if (next >= length) {
                    throw new java.util.NoSuchElementException();
                }
                return IntValue.of(start + next++ * step);
            }
        };
    }

    /** True if {@code value} is one of the range's ints. */
    boolean contains(long value) {
        if (step > 0 ? value < start || value >= stop : value > start || value <= stop) {
            return false;
        }
        return Math.floorMod(value - start, step) == 0;
    }

    @Override
    public Value getItem(Value index) {
        long length = length();
        if (index instanceof SliceValue slice) {
            SliceValue.Bounds bounds = slice.indices(length);
            long first = start + bounds.start() * step;
            long newStep = step * bounds.step();
            return new RangeValue(first, first + bounds.length() * newStep, newStep);
        }
        java.math.BigInteger position = Sequences.asIndex(index);
        if (position == null) {
            throw PlaygroundError.typeError("range indices must be integers or slices, not " + index.typeName());
        }
        long at = position.signum() < 0 ? position.longValue() + length : position.longValue();
        if (position.bitLength() > 62 || at < 0 || at >= length) {
            throw PlaygroundError.indexError("range object index out of range");
        }
        return IntValue.of(start + at * step);
    }
}
