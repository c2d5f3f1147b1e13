package io.tastelab.playground.lang;

import java.util.Objects;

/** A keyword argument {@code name=value} in a call. */
public record Keyword(String name, Expr value, SourceSpan span) implements Node {
    public Keyword {
        Objects.requireNonNull(name);
        Objects.requireNonNull(value);
    }
}
