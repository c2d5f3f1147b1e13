package io.tastelab.playground.arrays;

import io.tastelab.array.AtIndexer;
import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.SubscriptDispatch;
import io.tastelab.playground.interp.Value;
import java.util.List;

/**
 * JAX's {@code x.at}: subscripting it ({@code x.at[idx]}) gives the functional update methods {@code set},
 * {@code add}, {@code multiply}, {@code min}, {@code max} and {@code get}, each returning a new array. Immutable.
 */
final class AtValue implements SubscriptDispatch {

    private final NdArray base;

    AtValue(NdArray base) {
        this.base = base;
    }

    @Override
    public Value getItem(Value index) {
        AtIndexer indexer = Py.guard(() -> base.at(Py.toIndex(index)));
        return new Ref(indexer);
    }

    @Override
    public String typeName() {
        return "_IndexUpdateHelper";
    }

    @Override
    public String repr() {
        return "_IndexUpdateHelper(" + base + ")";
    }

    /** {@code x.at[idx]}. */
    private record Ref(AtIndexer indexer) implements AttributeDispatch {

        @Override
        public Value getAttribute(String name) {
            String owner = "_IndexUpdateRef object";
            return switch (name) {
                case "get" -> Fn.method(name, owner, List.of("indices_are_sorted", "unique_indices", "mode",
                        "fill_value"), 0, (a, c) -> {
                            String mode = a[2] == null || a[2] == io.tastelab.playground.interp.NoneValue.INSTANCE
                                    ? "clip" : a[2] instanceof io.tastelab.playground.interp.StrValue text
                                    ? text.value() : a[2].repr();
                            return new ArrayValue(switch (mode) {
                                case "clip", "promise_in_bounds" -> indexer.get();
                                case "fill", "drop" -> indexer.getFilled(a[3] == null
                                        || a[3] == io.tastelab.playground.interp.NoneValue.INSTANCE ? null
                                        : Py.arrayLike(a[3], name));
                                default -> throw io.tastelab.playground.interp.PlaygroundError.valueError(
                                        "'" + mode + "' is not a valid GatherScatterMode");
                            });
                        });
                case "set", "add", "multiply", "mul", "min", "max" -> Fn.method(name, owner,
                        List.of("values", "indices_are_sorted", "unique_indices", "mode"), 1, (a, c) -> {
                            Object values = Py.arrayLike(a[0], name);
                            NdArray result = switch (name) {
                                case "set" -> indexer.set(values);
                                case "add" -> indexer.add(values);
                                case "multiply", "mul" -> indexer.multiply(values);
                                case "min" -> indexer.min(values);
                                default -> indexer.max(values);
                            };
                            return new ArrayValue(result);
                        });
                default -> null;
            };
        }

        @Override
        public String typeName() {
            return "_IndexUpdateRef";
        }

        @Override
        public String repr() {
            return "_IndexUpdateRef(...)";
        }
    }
}
