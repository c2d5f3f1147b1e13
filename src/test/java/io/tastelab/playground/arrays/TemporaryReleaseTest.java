package io.tastelab.playground.arrays;

import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.array.nd4j.NdStorage;
import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.session.PlaygroundSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The interpreter frees only temporaries it can prove dead: every array a name, a list, a view or a returned
 * value still reaches keeps its values, even after other work has reused the freed buffers. The arrays here
 * are 1 MiB, the size from which buffers are pooled.
 */
class TemporaryReleaseTest {
    private PlaygroundSession session;

    @BeforeEach
    void setUp() {
        session = new PlaygroundSession();
        run("""
                import numpy as np
                import jax.numpy as jnp
                x = jnp.ones((512, 512))
                def ident(a):
                    return a
                def double(a):
                    return a * 2
                """);
    }

    private void run(String code) {
        CellResult result = session.runCell(code);
        assertThat(result.error()).as(code).isEmpty();
    }

    /** Churns the pool: freed buffers are handed out again and overwritten with 9s. */
    private void churn() {
        run("%timeit -n 4 -r 2 x * 9");
        run("%timeit -n 4 -r 2 (x + 8) * 1");
    }

    /** The first and last element and the total, as Python shows them. */
    private void assertValues(String name, String first, String last, String total) {
        assertThat(PlaygroundTesting.eval(session, "float(" + name + ".ravel()[0])").repr()).as(name).isEqualTo(first);
        assertThat(PlaygroundTesting.eval(session, "float(" + name + ".ravel()[-1])").repr()).as(name).isEqualTo(last);
        assertThat(PlaygroundTesting.eval(session, "float(" + name + ".sum())").repr()).as(name).isEqualTo(total);
    }

    @Test
    void namedResultsAndTheirOperandsSurvive() {
        run("y = x + x\nz = (y * 3) - 1");
        churn();
        assertValues("y", "2.0", "2.0", "524288.0");
        assertValues("z", "5.0", "5.0", "1310720.0");
        assertValues("x", "1.0", "1.0", "262144.0");
    }

    @Test
    void timingAFunctionThatReturnsItsArgumentOrAGlobalKeepsThem() {
        run("g = x * 5");
        run("%timeit -n 3 -r 2 ident(x)");
        run("%timeit -n 3 -r 2 jnp.asarray(x)");
        run("""
                def get_g():
                    return g
                """);
        run("%timeit -n 3 -r 2 get_g()");
        run("%timeit -n 3 -r 2 timeit(ident, g, number=2, repeat=1)");
        churn();
        assertValues("x", "1.0", "1.0", "262144.0");
        assertValues("g", "5.0", "5.0", "1310720.0");
    }

    @Test
    void viewsOfTemporariesKeepTheirBase() {
        run("""
                v = (x + x).reshape((1024, 256))
                w = jnp.reshape(x + 1, (256, 1024))
                t = jnp.transpose(x * 3)
                u = jnp.asarray(x + 3) * 1
                s = jnp.squeeze(jnp.expand_dims(x + 4, 0))
                k = (x + 6) if True else x
                m = ident(x + 7)
                n = np.asarray(np.ones((512, 512), dtype=np.float32) + 1)[::2]
                """);
        churn();
        assertValues("v", "2.0", "2.0", "524288.0");
        assertValues("w", "2.0", "2.0", "524288.0");
        assertValues("t", "3.0", "3.0", "786432.0");
        assertValues("u", "4.0", "4.0", "1048576.0");
        assertValues("s", "5.0", "5.0", "1310720.0");
        assertValues("k", "7.0", "7.0", "1835008.0");
        assertValues("m", "8.0", "8.0", "2097152.0");
        assertValues("n", "2.0", "2.0", "262144.0");
    }

    @Test
    void temporariesHeldByContainersSurvive() {
        run("pair = [x + x, (x * 3, x - 1)]");
        churn();
        assertValues("pair[0]", "2.0", "2.0", "524288.0");
        assertValues("pair[1][0]", "3.0", "3.0", "786432.0");
        assertValues("pair[1][1]", "0.0", "0.0", "0.0");
    }

    @Test
    void numpyArraysMutatedAfterATemporaryWasFreedKeepTheirValues() {
        run("""
                a = np.ones((512, 512), dtype=np.float32)
                b = (a + 1) * 2
                a[0, 0] = 10
                c = a + b
                """);
        churn();
        assertValues("b", "4.0", "4.0", "1048576.0");
        assertValues("c", "14.0", "5.0", "1310729.0");
    }

    @Test
    void chainsAndTimedExpressionsReuseTheirBuffers() {
        run("r = ((x + 1) * 2 - 3) / 4");
        assertValues("r", "0.25", "0.25", "65536.0");
        long before = NdStorage.poolCounters()[0];
        run("%timeit -n 20 -r 1 x + x");
        long reused = NdStorage.poolCounters()[0] - before;
        // 21 calls (the first is timed alone); each result but the first comes from the one before.
        assertThat(reused).isGreaterThanOrEqualTo(20);
        run("%timeit -n 5 -r 1 double(x)");
        assertValues("r", "0.25", "0.25", "65536.0");
    }

    @Test
    void aFunctionsDeadLocalsAreFreedWhenItReturnsAndLiveOnesAreKept() {
        run("""
                def relu_square(a):
                    y = a @ a
                    return jnp.maximum(0, y)
                def alias(a):
                    y = a + 1
                    z = y
                    return z * 1 + y
                def returned(a):
                    y = a + 2
                    return y
                def view(a):
                    y = a + 3
                    v = y[::2]
                    return v
                def reshaped(a):
                    y = a + 4
                    w = jnp.reshape(y, (-1,))
                    return w
                def rebound(a):
                    y = a + 5
                    y = y * 2
                    return y + 0
                def kept(a):
                    y = a + 6
                    box.append(y)
                    return y * 0
                def closure(a):
                    y = a + 7
                    return lambda: y
                def tupled(a):
                    y = a + 8
                    return (y, 1)
                def stored_view(a):
                    y = a + 9
                    w = jnp.reshape(y, (-1,))
                    box.append(w)
                    return 0
                box = []
                """);
        long before = NdStorage.poolCounters()[0];
        run("""
                r1 = relu_square(x)
                r2 = alias(x)
                r3 = returned(x)
                r4 = view(x)
                r5 = reshaped(x)
                r6 = rebound(x)
                r7 = kept(x)
                r8 = closure(x)()
                r9 = tupled(x)[0]
                stored_view(x)
                """);
        churn();
        assertValues("r1", "512.0", "512.0", "134217728.0");
        assertValues("r2", "4.0", "4.0", "1048576.0");
        assertValues("r3", "3.0", "3.0", "786432.0");
        assertValues("r4", "4.0", "4.0", "524288.0");
        assertValues("r5", "5.0", "5.0", "1310720.0");
        assertValues("r6", "12.0", "12.0", "3145728.0");
        assertValues("r7", "0.0", "0.0", "0.0");
        assertValues("box[0]", "7.0", "7.0", "1835008.0");
        assertValues("r8", "8.0", "8.0", "2097152.0");
        assertValues("box[1]", "10.0", "10.0", "2621440.0");
        assertValues("r9", "9.0", "9.0", "2359296.0");
        run("%timeit -n 10 -r 1 relu_square(x)");
        // each call's product comes back when the call returns, and its result when %timeit drops it
        assertThat(NdStorage.poolCounters()[0] - before).isGreaterThanOrEqualTo(20);
    }

    @Test
    void methodsOnTemporariesFreeThemAndMethodsOnNamesKeepThem() {
        run("""
                y = x * 4
                def flat(a):
                    return a.reshape((-1,))
                """);
        long before = NdStorage.poolCounters()[0];
        run("%timeit -n 10 -r 1 (x + x).block_until_ready()");
        assertThat(NdStorage.poolCounters()[0] - before).isGreaterThanOrEqualTo(10);
        run("%timeit -n 3 -r 1 y.block_until_ready()");
        run("%timeit -n 3 -r 1 y.reshape((-1,))");
        run("%timeit -n 3 -r 1 flat(y)");
        run("""
                v = (x + 2).reshape((-1,)).block_until_ready()
                s = (x + 3).sum()
                c = (x + 5).copy()
                """);
        churn();
        assertValues("y", "4.0", "4.0", "1048576.0");
        assertValues("v", "3.0", "3.0", "786432.0");
        assertValues("s", "1048576.0", "1048576.0", "1048576.0");
        assertValues("c", "6.0", "6.0", "1572864.0");
    }

    @Test
    void ufuncCallsFreeTheirResultsAndKeepNamedOnes() {
        // np.maximum is a ufunc object (it has .reduce, .outer), not a plain function: its results are temporaries too
        run("xn = np.ones((512, 512), dtype=np.float32)\ny = np.maximum(xn, 0.5)\nz = jnp.add(x, 1)");
        long before = NdStorage.poolCounters()[0];
        run("%timeit -n 10 -r 1 np.maximum(xn, 0.5)");
        run("%timeit -n 10 -r 1 jnp.maximum(x, 0.5)");
        assertThat(NdStorage.poolCounters()[0] - before).isGreaterThanOrEqualTo(20);
        churn();
        assertValues("y", "1.0", "1.0", "262144.0");
        assertValues("z", "2.0", "2.0", "524288.0");
        assertValues("xn", "1.0", "1.0", "262144.0");
    }
}
