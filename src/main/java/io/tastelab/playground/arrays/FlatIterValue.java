package io.tastelab.playground.arrays;

import io.tastelab.array.Index;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.IterableValue;
import io.tastelab.playground.interp.SubscriptDispatch;
import io.tastelab.playground.interp.Value;
import java.util.List;

/**
 * NumPy's {@code a.flat}: the array's elements in C order as one axis, to index ({@code a.flat[3]},
 * {@code a.flat[[1, 4]]}), assign through ({@code a.flat[::2] = 0}) and iterate.
 */
final class FlatIterValue implements SubscriptDispatch, IterableValue {
    private final NdArray array;

    FlatIterValue(NdArray array) {
        this.array = array;
    }

    @Override
    public String typeName() {
        return "numpy.flatiter";
    }

    @Override
    public String repr() {
        return "<numpy.flatiter object at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }

    @Override
    public boolean isTruthy() {
        return true;
    }

    /** The elements as one axis: a view where the layout allows it, else a copy. */
    private NdArray line() {
        return Py.guard(array::ravel);
    }

    @Override
    public Value getItem(Value index) {
        NdArray line = line();
        List<Index> items = Py.toIndex(index);
        return new ArrayValue(Py.guard(() -> line.get(items)));
    }

    @Override
    public void setItem(Value index, Value value) {
        NdArray line = line();
        List<Index> items = Py.toIndex(index);
        Object converted = Py.arrayLike(value, "__setitem__");
        Py.guard(() -> {
            line.set(items, converted);
            if (!line.sharesMemoryWith(array)) {
                array.set(List.of(Index.Ellipsis.INSTANCE), line.reshape(array.shape())); // a copy: write it back
            }
            return null;
        });
    }

    @Override
    public long length() {
        return array.size();
    }

    @Override
    public List<Value> items() {
        return new ArrayValue(line()).items();
    }
}
