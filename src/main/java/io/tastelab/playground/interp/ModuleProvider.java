package io.tastelab.playground.interp;

import java.util.Optional;

/**
 * Supplies the modules that {@code import} statements bind. The interpreter decides which imports are allowed
 * ({@link #IMPORTABLE}) and asks the provider for the module by its qualified name; the array integration
 * implements this for {@code numpy}, {@code jax}, {@code jax.numpy} and {@code jax.random}.
 *
 * <p>For {@code import jax.numpy} (without {@code as}) the interpreter binds {@code jax} and, if the provider's
 * {@code jax} module has no {@code numpy} attribute and is a {@link ModuleValue}, adds it, as Python does.
 */
@FunctionalInterface
public interface ModuleProvider {

    /** The qualified module names the playground can import. */
    java.util.List<String> IMPORTABLE = java.util.List.of("numpy", "numpy.testing", "numpy.random", "jax", "jax.numpy",
            "jax.random", "jax.lax", "jax.tree", "jax.tree_util", "jax.test_util", "jax.debug",
            "jax.nn");

    /** The module named {@code qualifiedName} (one of {@link #IMPORTABLE}), or empty if this build lacks it. */
    Optional<Value> module(String qualifiedName);

    /**
     * Called on the evaluation thread before each cell or statement runs, so that state the modules keep for
     * their session (NumPy's print options) is the one in force. Does nothing by default.
     */
    default void activate() {
    }

    /** A provider with no modules: every import fails with an ImportError that says so. */
    static ModuleProvider none() {
        return name -> Optional.empty();
    }
}
