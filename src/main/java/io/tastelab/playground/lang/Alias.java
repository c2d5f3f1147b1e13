package io.tastelab.playground.lang;

import java.util.Objects;

/**
 * One imported name: {@code jax.numpy as jnp} is name {@code jax.numpy}, asName {@code jnp}.
 *
 * @param asName the alias, or null when there is no {@code as}
 */
public record Alias(String name, String asName, SourceSpan span) implements Node {
    public Alias {
        Objects.requireNonNull(name);
    }
}
