package io.tastelab.playground.lang;

import java.util.Objects;

/** A keyword argument {@code name=value} in a call, or {@code **value} (then {@code name} is null). */
public record Keyword(String name, Expr value, SourceSpan span) implements Node {
    public Keyword {
        Objects.requireNonNull(value);
    }

    /** True for {@code **mapping}. */
    public boolean isUnpacking() {
        return name == null;
    }
}
