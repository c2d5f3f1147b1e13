package io.tastelab.playground.lang;

import java.util.Objects;

/**
 * A parameter of a {@code def} or {@code lambda}.
 *
 * @param defaultValue the default's expression, or null when the parameter has none
 * @param kind         how arguments reach it: by position or keyword, {@code *args}, keyword only (after
 *                     {@code *} or {@code *args}), or {@code **kwargs}
 */
public record Parameter(String name, Expr defaultValue, Kind kind, SourceSpan span) implements Node {

    /** How arguments bind to a parameter. */
    public enum Kind { POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD }

    public Parameter {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
    }

    /** An ordinary parameter. */
    public Parameter(String name, Expr defaultValue, SourceSpan span) {
        this(name, defaultValue, Kind.POSITIONAL_OR_KEYWORD, span);
    }
}
