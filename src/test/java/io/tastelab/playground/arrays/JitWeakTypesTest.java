package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * jax.jit gives what the same call without it gives, weak types included: JAX's promotion is designed to be
 * invariant under jit (docs.jax.dev, "Type promotion semantics" and its design note). A Python scalar argument is a
 * weakly typed value inside the traced function (an int is {@code i*}, a float {@code f*}; a bool is a strong
 * {@code b1}); the expected dtype and weak flag of each row follow the documented lattice: {@code exp}, {@code sin},
 * {@code sqrt} of {@code i*} are {@code f*}; {@code f* + i*} is {@code f*}; {@code b1 - i*} is {@code i*}; {@code i1 *
 * f*} is {@code f*} (weak float32); {@code f4 + i*} is {@code f4}; a comparison of weak operands is a weak bool (lax's
 * rule: weak when all its operands are, after jnp promoted them). The values are float32 arithmetic's.
 */
class JitWeakTypesTest {

    private static final PlaygroundSession SESSION = new PlaygroundSession();

    @BeforeAll
    static void imports() {
        eval(SESSION, "import jax\nimport jax.numpy as jnp\n0");
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            jnp.exp(x) + 1               | 1     | Array(3.7182817, dtype=float32, weak_type=True)
            jnp.exp(x) + 1               | 2.5   | Array(13.182494, dtype=float32, weak_type=True)
            jnp.exp(x) + 1               | True  | Array(3.7182817, dtype=float32)
            jnp.sin(x) * 2               | 1     | Array(1.6829419, dtype=float32, weak_type=True)
            jnp.sqrt(x) - 1              | 4     | Array(1., dtype=float32, weak_type=True)
            jnp.sqrt(x) - 1              | 4.0   | Array(1., dtype=float32, weak_type=True)
            jnp.tanh(x) - x              | 2     | Array(-1.0359724, dtype=float32, weak_type=True)
            jnp.log(x) * 2               | 3     | Array(2.1972246, dtype=float32, weak_type=True)
            jnp.exp(x) / 3               | 1     | Array(0.9060939, dtype=float32, weak_type=True)
            jnp.cos(x) * 1.5             | 0     | Array(1.5, dtype=float32, weak_type=True)
            -jnp.exp(x)                  | 0     | Array(-1., dtype=float32, weak_type=True)
            jnp.sin(x) + x               | True  | Array(1.841471, dtype=float32)
            jnp.abs(x) + 1               | -2    | Array(3, dtype=int32, weak_type=True)
            jnp.asarray(x) / 2           | 3     | Array(1.5, dtype=float32, weak_type=True)
            jnp.asarray(x) * 2           | 3     | Array(6, dtype=int32, weak_type=True)
            jnp.asarray(x) + 1.5         | 1     | Array(2.5, dtype=float32, weak_type=True)
            jnp.asarray(x) - 1           | True  | Array(0, dtype=int32, weak_type=True)
            jnp.exp(x) > 2               | 1     | Array(True, dtype=bool, weak_type=True)
            jnp.asarray(x) > 2           | 3     | Array(True, dtype=bool, weak_type=True)
            jnp.where(x > 0, x, 0.5)     | 2     | Array(2., dtype=float32, weak_type=True)
            jnp.where(x, 1, 0.5)         | True  | Array(1., dtype=float32, weak_type=True)
            jnp.maximum(x, 0.5)          | 1     | Array(1., dtype=float32, weak_type=True)
            x + 1                        | jnp.array([1, 2], dtype=jnp.int8) | Array([2, 3], dtype=int8)
            x * 2.5                      | jnp.array([1, 2], dtype=jnp.int8) | Array([2.5, 5. ], dtype=float32, weak_type=True)
            jnp.exp(x) + 1               | jnp.float32(1) | Array(3.7182817, dtype=float32)
            """)
    void jitPrintsWhatTheCallWithoutItPrints(String body, String argument, String expected) {
        String function = "lambda x: " + body;
        assertThat(eval(SESSION, "(" + function + ")(" + argument + ")").repr()).as("without jit").isEqualTo(expected);
        assertThat(eval(SESSION, "jax.jit(" + function + ")(" + argument + ")").repr()).as("jitted")
                .isEqualTo(expected);
    }
}
