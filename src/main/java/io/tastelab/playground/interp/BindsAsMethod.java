package io.tastelab.playground.interp;

/**
 * A callable that, stored in a class, becomes a bound method when read through an instance, as Python functions
 * do (Python's descriptor {@code __get__}): {@code jax.jit}'s compiled functions, for one. Builtins don't bind.
 */
public interface BindsAsMethod extends CallableValue {

    /** The user function this one wraps ({@code jax.jit(f)}'s {@code f}), or null: a class names it as its method. */
    default Value wrapped() {
        return null;
    }
}
