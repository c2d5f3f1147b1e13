package io.tastelab.playground.interp;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A Python {@code slice(start, stop, step)}, produced by {@code a:b:c} in a subscript. Omitted parts are
 * {@link NoneValue#INSTANCE}. Immutable.
 */
public record SliceValue(Value start, Value stop, Value step) implements Value, AttributeDispatch {

    /** The concrete indices a slice selects from a sequence of some length, as Python's {@code slice.indices}. */
    public record Bounds(long start, long stop, long step, long length) {
    }

    public SliceValue {
        Objects.requireNonNull(start);
        Objects.requireNonNull(stop);
        Objects.requireNonNull(step);
    }

    @Override
    public String typeName() {
        return "slice";
    }

    @Override
    public String repr() {
        return "slice(" + start.repr() + ", " + stop.repr() + ", " + step.repr() + ")";
    }

    /**
     * Python's slice semantics for a sequence of {@code length} items: negative bounds count from the end, bounds
     * past either end are clamped, and {@code length} of the result is how many items are selected.
     *
     * @throws PlaygroundError ValueError for a zero step; TypeError for bounds that are not ints or None
     */
    public Bounds indices(long length) {
        long stepValue = step == NoneValue.INSTANCE ? 1 : clampedIndex(step);
        if (stepValue == 0) {
            throw PlaygroundError.valueError("slice step cannot be zero");
        }
        if (stepValue == Long.MIN_VALUE) {
            stepValue = -Long.MAX_VALUE;
        }
        long startValue;
        long stopValue;
        if (start == NoneValue.INSTANCE) {
            startValue = stepValue < 0 ? Long.MAX_VALUE : 0;
        } else {
            startValue = clampedIndex(start);
        }
        if (stop == NoneValue.INSTANCE) {
            stopValue = stepValue < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            stopValue = clampedIndex(stop);
        }
        startValue = adjust(startValue, length, stepValue);
        stopValue = adjust(stopValue, length, stepValue);
        long count;
        if (stepValue < 0) {
            count = stopValue < startValue ? (startValue - stopValue - 1) / (-stepValue) + 1 : 0;
        } else {
            count = startValue < stopValue ? (stopValue - startValue - 1) / stepValue + 1 : 0;
        }
        return new Bounds(startValue, stopValue, stepValue, count);
    }

    private static long adjust(long index, long length, long step) {
        if (index < 0) {
            index += length;
            if (index < 0) {
                index = step < 0 ? -1 : 0;
            }
        } else if (index >= length) {
            index = step < 0 ? length - 1 : length;
        }
        return index;
    }

    private static long clampedIndex(Value bound) {
        BigInteger value = Sequences.asIndex(bound);
        if (value == null) {
            throw PlaygroundError.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (value.bitLength() >= 64) {
            return value.signum() < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE;
        }
        return value.longValue();
    }

    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "start" -> start;
            case "stop" -> stop;
            case "step" -> step;
            default -> null;
        };
    }
}
