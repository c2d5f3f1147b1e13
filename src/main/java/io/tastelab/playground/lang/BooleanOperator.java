package io.tastelab.playground.lang;

/** Python's short-circuit operators {@code and} and {@code or}. */
public enum BooleanOperator {
    AND,
    OR
}
