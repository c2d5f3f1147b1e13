package io.tastelab.playground.interp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A module namespace such as {@code numpy} or {@code jax.random}: named attributes. Module providers build
 * these; {@code import} binds them. Attributes may be added (Python allows {@code module.x = 1}); not
 * thread-safe while being changed.
 */
public final class ModuleValue implements AttributeDispatch, Value {

    private final String name;
    private final Map<String, Value> attributes;

    /** A module with a copy of {@code attributes}. */
    public ModuleValue(String name, Map<String, ? extends Value> attributes) {
        this.name = Objects.requireNonNull(name);
        this.attributes = new LinkedHashMap<>(attributes);
    }

    /** The module's qualified name, e.g. {@code jax.numpy}. */
    public String name() {
        return name;
    }

    /** The attributes, in the order they were added. */
    public Map<String, Value> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    @Override
    public Value getAttribute(String attribute) {
        return attributes.get(attribute);
    }

    @Override
    public void setAttribute(String attribute, Value value) {
        attributes.put(attribute, value);
    }

    @Override
    public String typeName() {
        return "module";
    }

    @Override
    public String repr() {
        return "<module '" + name + "'>";
    }
}
