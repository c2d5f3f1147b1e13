package io.tastelab.playground.arrays;

import io.tastelab.array.Shape;
import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.IntValue;
import io.tastelab.playground.interp.IterableValue;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.SubscriptDispatch;
import io.tastelab.playground.interp.TupleValue;
import io.tastelab.playground.interp.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A typed key array, what {@code jax.random.key(seed)} makes: keys of dtype {@code key<fry>} whose shape leaves out
 * the two uint32 words of each threefry key ({@code key(0).shape == ()}, {@code split(key, 43).shape == (43,)}).
 * The words are a raw key array (uint32, shape + (2,)) that carries the keys' {@link KeyTree} nodes; {@code
 * jax.random.key_data} returns it. Printed as JAX prints it: {@code Array((), dtype=key<fry>) overlaying:} and the
 * words.
 */
final class KeyArrayValue implements SubscriptDispatch, AttributeDispatch, IterableValue {

    /** {@code key.dtype}: JAX's extended key dtype for the default threefry implementation. */
    private static final Value KEY_DTYPE = new Value() {
        @Override
        public String typeName() {
            return "PRNGKeyTy";
        }

        @Override
        public String repr() {
            return "key<fry>";
        }
    };

    private final ArrayValue data;

    /** The keys whose words are {@code data}: uint32 of shape {@code shape + (2,)}. */
    KeyArrayValue(ArrayValue data) {
        int[] shape = data.array().shape();
        if (shape.length == 0 || shape[shape.length - 1] != 2) {
            throw new IllegalArgumentException("key data must end in an axis of 2 words, got " + Arrays.toString(shape));
        }
        this.data = data;
    }

    /** The raw key array: {@code jax.random.key_data(keys)}. */
    ArrayValue data() {
        return data;
    }

    /** The key array's shape: the data's without its last axis. */
    int[] shape() {
        int[] words = data.array().shape();
        return Arrays.copyOf(words, words.length - 1);
    }

    @Override
    public String typeName() {
        return "PRNGKeyArray";
    }

    @Override
    public String repr() {
        return "Array(" + Py.shapeTuple(shape()).repr() + ", dtype=key<fry>) overlaying:\n" + data.array().str();
    }

    @Override
    public Value getItem(Value index) {
        int indexed = index instanceof TupleValue tuple ? tuple.items().size() : 1;
        if (indexed > shape().length) {
            throw PlaygroundError.indexError("Too many indices: " + shape().length + "-dimensional array indexed with "
                    + indexed + " regular index" + (indexed == 1 ? "." : "es."));
        }
        Value words = data.getItem(index);
        if (!(words instanceof ArrayValue array) || array.array().ndim() == 0
                || array.array().shape()[array.array().ndim() - 1] != 2) {
            throw PlaygroundError.indexError("the playground indexes key arrays with integers and slices only");
        }
        return new KeyArrayValue(array);
    }

    @Override
    public Value getAttribute(String name) {
        return switch (name) {
            case "shape" -> Py.shapeTuple(shape());
            case "ndim" -> IntValue.of(shape().length);
            case "size" -> IntValue.of(Shape.size(shape()));
            case "dtype" -> KEY_DTYPE;
            default -> null;
        };
    }

    @Override
    public long length() {
        if (shape().length == 0) {
            throw PlaygroundError.typeError("len() of unsized object");
        }
        return shape()[0];
    }

    @Override
    public List<Value> items() {
        if (shape().length == 0) {
            throw PlaygroundError.typeError("iteration over a 0-d key array");
        }
        List<Value> items = new ArrayList<>();
        for (int i = 0; i < shape()[0]; i++) {
            items.add(getItem(IntValue.of(i)));
        }
        return items;
    }
}
