package io.tastelab.ui.playground;

import java.util.List;

/**
 * A runnable lesson of the Examples menu: one topic of the book's JAX introduction, ending in a statement whose
 * picture teaches the topic. Immutable.
 */
public record Lesson(String id, String title, String code) {

    /** The lessons, in the book's order. */
    public static List<Lesson> all() {
        return List.of(
                new Lesson("arrays", "Arrays and dtypes", """
                        import jax.numpy as jnp
                        import numpy as np

                        # jnp defaults to 32-bit types, NumPy to 64-bit ones
                        x = jnp.array([1.0, 2.0, 3.0], dtype=jnp.float32)
                        print(x.shape, x.dtype)
                        print(np.array([1, 2, 3]).dtype)
                        x = jnp.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=jnp.int32)
                        x
                        """),
                new Lesson("immutability", "Immutability and .at[]", """
                        import jax.numpy as jnp

                        x = jnp.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=jnp.int32)
                        # x[0, 0] = 1 raises a TypeError: JAX arrays are immutable.
                        # .at[] makes a new array with the update; x stays as it was.
                        x.at[::2].set(1)
                        """),
                new Lesson("indexing", "Indexing and slicing", """
                        import jax.numpy as jnp

                        x = jnp.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=jnp.int32)
                        print(x[0])
                        print(x[-1])
                        print(x[:, 1])
                        # every other row and column; step through the components
                        x[::2, ::2]
                        """),
                new Lesson("broadcasting", "Broadcasting", """
                        import jax.numpy as jnp

                        x = jnp.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=jnp.int32)
                        vec = jnp.reshape(jnp.array([0.5, 1.0, 2.0]), [1, 3])
                        # vec (1, 3) stretches down the rows to (3, 3)
                        vec * x
                        """),
                new Lesson("random", "Random keys and split", """
                        import jax
                        from jax import random

                        key = random.PRNGKey(0)
                        key, subkey = random.split(key)
                        print(random.normal(subkey, (3,)))
                        # the same key always gives the same numbers: split for new ones
                        key, subkey = random.split(key)
                        random.uniform(subkey, (3, 3))
                        """),
                new Lesson("jit", "jit and timing", """
                        import jax
                        import jax.numpy as jnp
                        from jax import random

                        def my_function(x):
                            return jnp.maximum(x @ x, 0.0)

                        # the book times a 2048×2048 array; 256×256 keeps the lesson quick
                        x = random.uniform(random.PRNGKey(0), (256, 256))
                        fast = jax.jit(my_function)
                        # each first call is timed alone: fast traces and compiles on its first call, here
                        %timeit my_function(x).block_until_ready()
                        %timeit fast(x).block_until_ready()
                        print(jnp.allclose(fast(x), my_function(x)))  # jit changes how it runs, not the answer
                        """),
                new Lesson("grad", "Fit a tiny matrix factorization with grad", """
                        import jax
                        import jax.numpy as jnp
                        from jax import random

                        # Ratings of 5 users (rows) for 4 items (columns); 0 means "not rated".
                        R = jnp.array([[5.0, 3.0, 0.0, 1.0],
                                       [4.0, 0.0, 0.0, 1.0],
                                       [1.0, 1.0, 0.0, 5.0],
                                       [1.0, 0.0, 0.0, 4.0],
                                       [0.0, 1.0, 5.0, 4.0]])
                        observed = jnp.where(R > 0, 1.0, 0.0)

                        # Squared error on the rated cells, plus a small penalty on the factors.
                        def loss(U, V):
                            error = (U @ V.T - R) * observed
                            return jnp.sum(error ** 2) / jnp.sum(observed) + 0.01 * (jnp.sum(U ** 2) + jnp.sum(V ** 2))

                        key_u, key_v = random.split(random.PRNGKey(0))
                        U = random.normal(key_u, (5, 2))  # 2 factors per user
                        V = random.normal(key_v, (4, 2))  # 2 factors per item
                        # value_and_grad gives the loss and its gradient for U and V; jit traces it once.
                        step = jax.jit(jax.value_and_grad(loss, argnums=(0, 1)))
                        learning_rate = 0.1

                        # 150 gradient steps (change the rate or the count and run again).
                        losses = []
                        for i in range(150):
                            value, (dU, dV) = step(U, V)
                            U = U - learning_rate * dU
                            V = V - learning_rate * dV
                            losses.append(float(value))

                        # The loss falling, the observed ratings, and the learned matrix (with the gaps filled in).
                        losses, R, U @ V.T
                        """));
    }
}
