package io.tastelab.playground.arrays;

import io.tastelab.playground.interp.AttributeDispatch;
import io.tastelab.playground.interp.Value;
import java.util.Map;

/** What {@code np.iinfo} and {@code np.finfo} return: a dtype's limits as attributes. Immutable. */
final class MachineLimitsValue implements AttributeDispatch {
    private final String typeName;
    private final String repr;
    private final Map<String, Value> attributes;

    MachineLimitsValue(String typeName, String repr, Map<String, Value> attributes) {
        this.typeName = typeName;
        this.repr = repr;
        this.attributes = Map.copyOf(attributes);
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public String repr() {
        return repr;
    }

    @Override
    public boolean isTruthy() {
        return true;
    }

    @Override
    public Value getAttribute(String name) {
        return attributes.get(name);
    }
}
