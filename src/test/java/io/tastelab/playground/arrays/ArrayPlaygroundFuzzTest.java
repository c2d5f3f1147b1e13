package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.session.PlaygroundSession;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random expressions over np/jnp arrays, scalars, dtypes, keys and jitted functions never escape as anything but
 * a Python exception: no {@code SystemError} (an internal Java exception), no hang.
 */
class ArrayPlaygroundFuzzTest {

    private static final String SETUP = """
            import numpy as np
            import jax
            import jax.numpy as jnp
            from jax import random
            a = np.arange(6).reshape(2, 3)
            b = jnp.linspace(0, 1, 6).reshape(3, 2)
            c = jnp.array([True, False, True])
            k = random.PRNGKey(3)
            def f(x):
                return jnp.maximum(x @ x.T, 0) * 2
            g = jax.jit(f)
            """;

    private static final List<String> ATOMS = List.of("a", "b", "c", "k", "1", "-2", "2.5", "True", "None", "[0, 1]",
            "(1, 2)", "[[1, 2], [3, 4]]", "np.float32", "jnp.int32", "'int8'", "np.nan", "a.T", "b[::-1]", "...",
            "jnp.arange(3)", "np.ones((2, 2))", "a.dtype", "b.shape", "g", "f");

    private static final List<String> FUNCTIONS = List.of("np.sum", "jnp.mean", "np.reshape", "jnp.reshape",
            "np.zeros", "jnp.ones", "np.full", "jnp.where", "np.matmul", "jnp.dot", "np.concatenate", "jnp.stack",
            "np.squeeze", "jnp.expand_dims", "np.exp", "jnp.log", "np.sqrt", "jnp.abs", "np.maximum", "jnp.argmax",
            "np.astype", "random.split", "random.uniform", "random.normal", "random.randint", "random.permutation",
            "random.choice", "random.fold_in", "g", "jnp.transpose", "np.eye", "jnp.arange", "np.linspace");

    private static final List<String> OPERATORS = List.of("+", "-", "*", "/", "//", "%", "**", "@", "<", "==", "&");

    @Provide
    Arbitrary<String> expressions() {
        Arbitrary<String> atom = Arbitraries.of(ATOMS);
        return Arbitraries.recursive(() -> atom, inner -> Arbitraries.oneOf(
                Arbitraries.of(FUNCTIONS).flatMap(fn -> inner.list().ofMaxSize(3)
                        .map(args -> fn + "(" + String.join(", ", args) + ")")),
                Arbitraries.of(OPERATORS).flatMap(op -> inner.tuple2().map(t -> "(" + t.get1() + " " + op + " "
                        + t.get2() + ")")),
                inner.list().ofMinSize(1).ofMaxSize(3).flatMap(idx -> inner.map(x -> x + "[" + String.join(", ", idx)
                        + "]"))),
                0, 3);
    }

    @Property(tries = 300)
    void randomExpressionsRaiseOnlyPythonErrors(@ForAll("expressions") String expression) {
        PlaygroundSession session = SESSION.get();
        CellResult result = session.runCell(expression);
        result.error().map(PlaygroundError::type).ifPresent(type ->
                assertThat(type).as(expression + "\n" + result.error().get().render()).isNotEqualTo("SystemError"));
    }

    private static final ThreadLocal<PlaygroundSession> SESSION = ThreadLocal.withInitial(() -> {
        PlaygroundSession session = new PlaygroundSession();
        assertThat(session.runCell(SETUP).error()).isEmpty();
        return session;
    });
}
