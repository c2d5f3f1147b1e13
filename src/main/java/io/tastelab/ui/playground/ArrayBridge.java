package io.tastelab.ui.playground;

import io.tastelab.array.NdArray;
import io.tastelab.playground.interp.ModuleProvider;
import io.tastelab.playground.interp.Value;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * What the pane needs from the playground's array binding: the modules {@code import} finds, and a way to see
 * the {@link NdArray} behind a playground value so that the pane can draw it.
 *
 * <p>The binding of the interpreter to the arrays (np, jnp, jax.random, jax.jit) is built on the playground
 * branch; it satisfies this interface by registering an implementation with {@link ServiceLoader}. Until it does,
 * {@link #standard()} falls back to {@link StopgapArrayBridge}, a small np/jnp binding that lets the pane run and
 * draw the lessons' array code. Implementations are stateless and thread-safe.
 */
public interface ArrayBridge {

    /** The modules that {@code import numpy as np} etc. bind. */
    ModuleProvider modules();

    /** The array behind {@code value}, or empty if it is not an array (a Python scalar, a list, a function...). */
    Optional<NdArray> arrayOf(Value value);

    /** The registered binding, or the stopgap one when none is registered. */
    static ArrayBridge standard() {
        return ServiceLoader.load(ArrayBridge.class).findFirst().orElseGet(StopgapArrayBridge::new);
    }
}
