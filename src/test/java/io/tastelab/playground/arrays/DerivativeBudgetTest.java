package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.InterpreterLimits;
import io.tastelab.playground.session.PlaygroundSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A Jacobian or Hessian of a large input is thousands of derivative passes and a graph of as many ops: the cell's
 * time limit and Cancel must stop it inside those passes and inside the graph's run, not only between statements.
 * (The bounds below are about stopping at all, tens of seconds apart from what an unchecked run takes.)
 */
class DerivativeBudgetTest {

    private static final String BIG_HESSIAN = """
            import jax
            import jax.numpy as jnp
            def f(X):
                return jnp.sum(jnp.tanh(X) ** 2)
            X = jnp.linspace(-1.0, 1.0, 1200).reshape(30, 40)
            H = jax.jacrev(jax.jacrev(f))(X)
            """;

    @Test
    void theTimeLimitStopsAHessianOfALargeInput() {
        PlaygroundSession session = new PlaygroundSession(InterpreterLimits.defaults()
                .withMaxDuration(Duration.ofSeconds(2)));
        long start = System.nanoTime();
        CellResult result = session.runCell(BIG_HESSIAN);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(result.error().orElseThrow().headline())
                .isEqualTo("TimeoutError: the cell ran longer than 2 s, the playground's limit");
        assertThat(seconds).isLessThan(20);
        assertThat(session.runCell("1 + 1").result().orElseThrow().repr()).isEqualTo("2");
    }

    @Test
    void cancelStopsAHessianOfALargeInputAndTheSessionGoesOn() throws InterruptedException {
        PlaygroundSession session = new PlaygroundSession();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException ignored) {
                return;
            }
            session.interpreter().cancel();
        });
        canceller.start();
        long start = System.nanoTime();
        CellResult result = session.runCell(BIG_HESSIAN);
        double seconds = (System.nanoTime() - start) / 1e9;
        canceller.join();
        assertThat(result.error().orElseThrow().headline()).isEqualTo("KeyboardInterrupt");
        assertThat(seconds).isLessThan(20);
        assertThat(session.runCell("jnp.float32(2) * 3").result().orElseThrow().repr())
                .isEqualTo("Array(6., dtype=float32)");
    }
}
