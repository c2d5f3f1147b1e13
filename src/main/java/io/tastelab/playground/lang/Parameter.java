package io.tastelab.playground.lang;

import java.util.Objects;

/**
 * A parameter of a {@code def}.
 *
 * @param defaultValue the default's expression, or null when the parameter has none
 */
public record Parameter(String name, Expr defaultValue, SourceSpan span) implements Node {
    public Parameter {
        Objects.requireNonNull(name);
    }
}
