package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.error;
import static io.tastelab.playground.arrays.PlaygroundTesting.eval;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.session.PlaygroundSession;
import java.util.List;
import org.junit.jupiter.api.Test;

class JitAndKeysTest {

    private final PlaygroundSession session = new PlaygroundSession();

    @Test
    void jitTracesOncePerSignatureAndRetracesOnANewShape() {
        eval(session, """
                import jax
                import jax.numpy as jnp
                def f(x):
                    y = x @ x.T
                    return jnp.maximum(y, 0.0) + 1
                g = jax.jit(f)
                g(jnp.ones((3, 2)))""");
        // dtype given: a Python-scalar fill would make the array weakly typed, a new signature (as in JAX).
        eval(session, "g(jnp.full((3, 2), 2.0, dtype=jnp.float32))");
        assertThat(session.modules().jitStatistics().traces()).isEqualTo(1);
        assertThat(session.modules().jitStatistics().cachedRuns()).isEqualTo(1);
        String jitted = eval(session, "g(jnp.arange(8.0).reshape(4, 2))").repr();
        assertThat(session.modules().jitStatistics().traces()).isEqualTo(2);
        assertThat(jitted).isEqualTo(eval(session, "f(jnp.arange(8.0).reshape(4, 2))").repr());
        PlaygroundError intMatmul = error(session, "g(jnp.arange(8).reshape(4, 2))");
        assertThat(session.modules().jitStatistics().traces()).as("a failed trace caches nothing").isEqualTo(2);
        assertThat(intMatmul.pythonMessage()).contains("cannot trace matmul on int32 operands");
    }

    private void run(String code) {
        CellResult result = session.runCell(code);
        assertThat(result.error()).as(code).isEmpty();
    }

    @Test
    void aListOfDictParametersIsTracedLeafByLeafSoNewValuesReuseTheTrace() {
        // The JAX 101 pytrees notebook's training loop: params is a list of dicts of arrays, new arrays each step.
        // JAX flattens it and traces its leaves; keyed by its values, every step would trace again.
        run("""
                import jax
                import jax.numpy as jnp
                import numpy as np
                @jax.jit
                def step(params, x):
                    return [{'w': p['w'] - 0.5 * x, 'b': p['b'] * 2} for p in params]
                params = [{'w': np.ones(3), 'b': np.zeros(2)}, {'w': np.arange(3.0), 'b': np.ones(2)}]
                params = step(params, jnp.ones(3))
                params = step(params, jnp.ones(3))
                params = step(params, jnp.ones(3))""");
        assertThat(session.modules().jitStatistics().traces()).isEqualTo(1);
        assertThat(session.modules().jitStatistics().cachedRuns()).isEqualTo(2);
        assertThat(eval(session, "params[1]['w']").repr()).isEqualTo("Array([-1.5, -0.5,  0.5], dtype=float32)");
        assertThat(eval(session, "params[1]['b']").repr()).isEqualTo("Array([8., 8.], dtype=float32)");
        // A leaf of another shape is a new signature, as in JAX; a tuple of scalars is traced too (weakly typed).
        run("step([{'w': np.ones(4), 'b': np.zeros(2)}], jnp.ones(4))");
        assertThat(session.modules().jitStatistics().traces()).isEqualTo(2);
        run("""
                @jax.jit
                def scale(pair, x):
                    return x * pair[0] + pair[1]
                a = scale((2.0, 1.0), jnp.ones(2))
                b = scale((3.0, 0.5), jnp.ones(2))""");
        assertThat(session.modules().jitStatistics().traces()).isEqualTo(3);
        assertThat(eval(session, "b").repr()).isEqualTo("Array([3.5, 3.5], dtype=float32)");
    }

    @Test
    void jitMatchesEagerOnReductionsAndElementwiseOps() {
        String code = """
                import jax
                import jax.numpy as jnp
                def h(x, w):
                    z = jnp.tanh(x * 0.5 - w) / 3
                    return jnp.sum(jnp.exp(z), axis=0), z.mean()
                x = jnp.linspace(-1, 1, 12).reshape(3, 4)
                w = jnp.arange(4.0)
                """;
        eval(session, code + "0");
        // ND4J computes tanh in float32, the eager layer in double, rounded; ND4J's sum adds in another order than
        // eager jnp's pairwise sum: equal within float32 ulps.
        String close = eval(session, """
                s, m = h(x, w)
                js, jm = jax.jit(h)(x, w)
                (jnp.max(jnp.abs(s - js)) < 1e-6, jnp.abs(m - jm) < 1e-7, js.dtype, js.shape)""").repr();
        assertThat(close).isEqualTo("(Array(True, dtype=bool), Array(True, dtype=bool), dtype('float32'), (4,))");
    }

    @Test
    void jittedExpAndLogGiveEagerJnpsBitsAsJaxDoes() {
        // 4,201 elements: XLA's vector steps for all but the last one, whose log takes the scalar loop's logf.
        eval(session, """
                import jax
                import jax.numpy as jnp
                from jax import random
                x = random.uniform(random.PRNGKey(0), (4201,)) * 40 - 20
                f = lambda a: jnp.log(jnp.abs(a) + 1) * jnp.exp(a - 1)
                g = lambda a: jnp.exp(a * 0.5 - 1) + (a * 0.5 - 1)
                0""");
        assertThat(eval(session, "jnp.sum(jax.jit(f)(x) != f(x))").repr()).isEqualTo("Array(0, dtype=int32)");
        // A value used both before and after a host op: computed by the graph for each.
        assertThat(eval(session, "jnp.sum(jax.jit(g)(x) != g(x))").repr()).isEqualTo("Array(0, dtype=int32)");
        // ND4J's own exp, which the graph ran before, differs from JAX's in the last bit here.
        assertThat(eval(session, "jax.jit(jnp.exp)(jnp.array([0.21074684, 5.847407]))").repr())
                .isEqualTo("Array([  1.2345997, 346.3351   ], dtype=float32)");
    }

    @Test
    void jittedSumsAndMeansAddInEagerJnpsOrder() {
        eval(session, """
                import jax
                import jax.numpy as jnp
                from jax import random
                x = random.normal(random.PRNGKey(1), (300, 257)) * 1000
                i = jnp.arange(77 * 5).reshape(77, 5)
                softmax = lambda a: jnp.exp(a - a.max()) / jnp.sum(jnp.exp(a - a.max()))
                0""");
        for (String call : new String[] {"softmax(x / 1000)", "jnp.sum(x)", "x.sum(axis=0)", "x.sum(axis=-1, keepdims=True)",
                "jnp.mean(x, axis=1)", "x.mean(keepdims=True)", "jnp.mean(i)", "i.mean(axis=0)"}) {
            String lambda = "jax.jit(lambda x, i: " + call + ")(x, i)";
            assertThat(eval(session, "jnp.sum(" + lambda + " != " + call + ")").repr()).as(call)
                    .isEqualTo("Array(0, dtype=int32)");
            assertThat(eval(session, lambda + ".shape == (" + call + ").shape").repr()).as(call).isEqualTo("True");
        }
    }

    @Test
    void jitDividesByAScalarAsEagerJnpAndXlaDo() {
        String jitted = eval(session, """
                import jax
                import jax.numpy as jnp
                x = jnp.arange(1.0, 8.0)
                jax.jit(lambda a, b: a / b)(x, jnp.array(3.0))""").repr();
        // 5/3 is 1.6666666 by true division, 1.6666667 as 5 * float32(1/3): XLA's way, and eager jnp's.
        assertThat(jitted).isEqualTo(eval(session, "x / 3").repr()).contains("1.6666667");
    }

    @Test
    void integerPowersTraceAsRepeatedMultiplication() {
        String shown = eval(session, """
                import jax
                import jax.numpy as jnp
                def loss(p, y):
                    return jnp.mean((y - p) ** 2), p ** 5
                p = jnp.array([1.5, -2.0, 3.0])
                y = jnp.array([1.0, 1.0, 1.0])
                jax.jit(loss)(p, y)""").repr();
        assertThat(shown).isEqualTo(eval(session, "loss(p, y)").repr())
                // 26.5 * float32(1/6), as XLA computes the mean: true division would give 4.4166665.
                .isEqualTo("(Array(4.416667, dtype=float32), Array([  7.59375, -32.     , 243.     ], dtype=float32))");
        // A float exponent is lax.pow, which traces too and gives eager jnp's bits (nan for the negative base).
        assertThat(eval(session, "jax.jit(lambda x: x ** 0.5)(p)").repr()).isEqualTo(eval(session, "p ** 0.5").repr())
                .isEqualTo("Array([1.2247449,       nan, 1.7320508], dtype=float32)");
    }

    @Test
    void reluWithWhereAndScalarsBroadcastsInsideJit() {
        String code = """
                import jax
                import jax.numpy as jnp
                def relu(x):
                    return jnp.where(x > 0, x, 0.0)
                def pick(c, x):
                    return jnp.where(c, x, jnp.zeros(3))
                x = jnp.linspace(-1, 1, 6).reshape(2, 3)
                """;
        eval(session, code + "0");
        assertThat(eval(session, "jax.jit(relu)(x)").repr()).isEqualTo(eval(session, "relu(x)").repr());
        assertThat(eval(session, "jax.jit(pick)(jnp.array([[True], [False]]), x)").repr())
                .isEqualTo(eval(session, "pick(jnp.array([[True], [False]]), x)").repr());
    }

    @Test
    void nanPropagatesInsideJitAsInJaxNumpy() {
        eval(session, """
                import jax
                import jax.numpy as jnp
                a = jnp.array([[jnp.nan, 1.0, 2.0], [3.0, 4.0, -1.0]])
                b = jnp.array([[0.0, jnp.nan, 1.0], [0.0, 5.0, jnp.inf]])
                b0 = b[0]
                a1 = a[:, :1]
                0""");
        for (String expression : new String[] {"jnp.maximum(a, b)", "jnp.minimum(a, b)", "a.max(axis=0)",
                "a.min(axis=1)", "jnp.max(a)", "jnp.min(b, axis=0, keepdims=True)", "jnp.maximum(a, 0.0)", "jnp.minimum(0.0, b)",
                "jnp.maximum(a, b0)", "jnp.minimum(a1, b)", "jnp.maximum(a, jnp.array([1.0, 2.0, 3.0]))"}) {
            String eager = eval(session, expression).repr();
            String jitted = eval(session, "jax.jit(lambda a, b, b0, a1: " + expression + ")(a, b, b0, a1)").repr();
            assertThat(jitted).as(expression).isEqualTo(eager);
        }
    }

    @Test
    void untraceableOpsAreRefusedByName() {
        PlaygroundError raised = error(session, """
                import jax
                import jax.numpy as jnp
                def f(x):
                    return x[1:, 0] + 1
                jax.jit(f)(jnp.ones((3, 2)))""");
        assertThat(raised.type()).isEqualTo("NotImplementedError");
        assertThat(raised.pythonMessage()).startsWith("jax.jit in the playground cannot trace indexing (x[...]) "
                + "other than with integers");
        PlaygroundError concat = error(session, """
                def k(x):
                    return jnp.concatenate([x, x])
                jax.jit(k)(jnp.ones(3))""");
        assertThat(concat.pythonMessage()).startsWith("jax.jit in the playground cannot trace jnp.concatenate");
        PlaygroundError branch = error(session, """
                def b(x):
                    if x.sum() > 0:
                        return x
                    return -x
                jax.jit(b)(jnp.ones(3))""");
        assertThat(branch.type()).isEqualTo("TracerBoolConversionError");
    }

    @Test
    void timeitReportsLikeIpythonPlusTheFirstCall() {
        CellResult result = session.runCell("""
                import jax.numpy as jnp
                x = jnp.ones((50, 50))
                %timeit -n 3 -r 2 (x @ x).block_until_ready()""");
        assertThat(result.error()).isEmpty();
        assertThat(result.stdout()).matches("(?s).* ± .* per loop \\(mean ± std\\. dev\\. of 2 runs, 3 loops each\\)\n"
                + "first call: .*");
    }

    @Test
    void keyTreeRecordsSplitsAndFlagsAReusedKey() {
        eval(session, """
                from jax import random
                key = random.PRNGKey(0)
                key, subkey = random.split(key)
                a = random.normal(subkey, (2,))
                b = random.uniform(subkey, (2,))
                key""");
        List<KeyTree.Node> nodes = session.keyTree().nodes();
        assertThat(nodes).extracting(KeyTree.Node::origin).containsExactly("PRNGKey(0)", "split[0]", "split[1]");
        assertThat(nodes.get(0).uses()).containsExactly("split");
        assertThat(nodes.get(1).parent()).isZero();
        assertThat(nodes.get(2).uses()).containsExactly("normal", "uniform");
        assertThat(session.keyTree().reusedKeys()).extracting(KeyTree.Node::id).containsExactly(2);
        assertThat(nodes.get(2).word0()).isEqualTo(928981903L);
        assertThat(nodes.get(2).createdAt()).isEqualTo("cell 1");
        eval(session, "c = random.bits(subkey, (1,))\n0");
        assertThat(session.keyTree().nodes().get(2).useLocations()).containsExactly("cell 1", "cell 1", "cell 2");
    }

    @Test
    void legacyModeGivesTheBooksKeys() {
        String shown = eval(session, """
                import jax
                from jax import random
                jax.config.update("jax_threefry_partitionable", False)
                random.split(random.PRNGKey(0))""").repr();
        assertThat(shown).isEqualTo("""
                Array([[4146024105,  967050713],
                       [2718843009, 1272950319]], dtype=uint32)""");
    }

    @Test
    void aBadTransposeInsideJitRaisesJaxsErrorsAsEagerDoes() {
        eval(session, """
                import jax
                import jax.numpy as jnp
                x = jnp.arange(6.0).reshape(2, 3)
                0""");
        for (String axes : new String[] {"(0,)", "(0, 0)", "(0, 5)"}) {
            PlaygroundError eager = error(session, "jnp.transpose(x, " + axes + ")");
            PlaygroundError traced = error(session, "jax.jit(lambda a: jnp.transpose(a, " + axes + "))(x)");
            assertThat(traced.type()).as(axes).isEqualTo(eager.type());
            assertThat(traced.pythonMessage()).as(axes).isEqualTo(eager.pythonMessage());
        }
        assertThat(error(session, "jnp.transpose(x, (0,))").type()).isEqualTo("TypeError");
        assertThat(error(session, "jnp.transpose(x, (0, 5))").type()).isEqualTo("ValueError");
        assertThat(eval(session, "jax.jit(lambda a: jnp.transpose(a, (-1, 0)))(x)").repr())
                .isEqualTo(eval(session, "jnp.transpose(x, (-1, 0))").repr());
    }

    /**
     * Jitted functions given odd arguments and odd bodies end in a value or a Python error, never in the
     * playground's SystemError (a crash). Before: a bool product, a Python int beyond int32, None and a bad
     * transpose inside a trace crashed.
     */
    @Test
    void oddJitCallsEndInPythonErrorsNotCrashes() {
        eval(session, """
                import jax
                import jax.numpy as jnp
                x = jnp.arange(6.0).reshape(2, 3)
                v = jnp.arange(3.0)
                0""");
        List<String> calls = List.of(
                "jax.jit(lambda a: a.reshape(4, 2))(x)",
                "jax.jit(lambda a: a.reshape(-1, -1))(x)",
                "jax.jit(lambda a: jnp.reshape(a, (7,)))(x)",
                "jax.jit(lambda a: a.sum(axis=2))(x)",
                "jax.jit(lambda a: a.sum(axis=-3))(x)",
                "jax.jit(lambda a: a.mean(axis=(0, 1)))(x)",
                "jax.jit(lambda a: a.max(axis=5))(x)",
                "jax.jit(lambda a: jnp.sum(a, axis=(0, 0)))(x)",
                "jax.jit(lambda a: a.astype('foo'))(x)",
                "jax.jit(lambda a: a.astype(jnp.int8))(x)",
                "jax.jit(lambda a, b: a @ b)(x, x)",
                "jax.jit(lambda a, b: a @ b)(x, v)",
                "jax.jit(lambda a, b: a @ b)(v, x)",
                "jax.jit(lambda a, b: a + b)(x, jnp.arange(4.0))",
                "jax.jit(lambda a, b: jnp.maximum(a, b))(x, jnp.arange(2.0))",
                "jax.jit(lambda a, b: jnp.where(a > 1, a, b))(x, jnp.arange(4.0))",
                "jax.jit(lambda a: jnp.where(a > 1, a))(x)",
                "jax.jit(lambda a: a ** -1)(x)",
                "jax.jit(lambda a: a ** 100)(x)",
                "jax.jit(lambda a: a ** 2.5)(x)",
                "jax.jit(lambda a: a.T.T.reshape(3, 2) @ a)(x)",
                "jax.jit(lambda a: a[0])(x)",
                "jax.jit(lambda a: a[::2])(x)",
                "jax.jit(lambda a: jnp.transpose(a))(x)",
                "jax.jit(lambda a: jnp.transpose(a, None))(x)",
                "jax.jit(lambda a: jnp.transpose(a, (1, 0, 2)))(x)",
                "jax.jit(lambda a: jnp.transpose(a, 1))(x)",
                "jax.jit(lambda a: jnp.exp(a) / 0)(x)",
                "jax.jit(lambda a: a // 0)(x)",
                "jax.jit(lambda a: a % 0)(x)",
                "jax.jit(lambda a: a.sum(axis=None, keepdims=True))(x)",
                "jax.jit(lambda a: a.sum(axis='0'))(x)",
                "jax.jit(lambda a: a.sum(keepdims=1))(x)",
                "jax.jit(lambda a: a.reshape((2, 3, 1)).sum(axis=2))(x)",
                "jax.jit(lambda a: jnp.zeros((2, 3)) + a)(x)",
                "jax.jit(lambda a: jnp.zeros(-1) + a)(x)",
                "jax.jit(lambda a: a.reshape(()))(jnp.array([1.0]))",
                "jax.jit(lambda a: a.reshape(0, -1))(jnp.zeros((0, 3)))",
                "jax.jit(lambda a: a.sum())(jnp.zeros((0, 3)))",
                "jax.jit(lambda a: a.max())(jnp.zeros((0, 3)))",
                "jax.jit(lambda a: a.mean(axis=0))(jnp.zeros((0, 3)))",
                "jax.jit(lambda a: a @ a)(jnp.zeros((0, 0)))",
                "jax.jit(lambda a: a.astype(jnp.bool_) + 1)(x)",
                "jax.jit(lambda a: jnp.sqrt(a.astype(jnp.int32)))(x)",
                "jax.jit(lambda a: jnp.abs(a.astype(jnp.uint8)))(x)",
                "jax.jit(lambda a: a < True)(x)",
                "jax.jit(lambda a: (a > 1) * (a < 4))(x)",
                "jax.jit(lambda a: (a > 1) @ (a < 4).T)(x)",
                "jax.jit(lambda a: jnp.tanh(a).astype(jnp.float16) * 2)(x)",
                "jax.jit(lambda a: a.reshape(3, 2).T.reshape(6)[::-1])(x)",
                "jax.jit(lambda a: a.sum(axis=0).reshape(1, 3) @ a.T)(x)",
                "jax.jit(lambda a, b: a + b)(x, 2)",
                "jax.jit(lambda a, b: a + b)(x, 2 ** 40)",
                "jax.jit(lambda a, b: a + b)(x, 'a')",
                "jax.jit(lambda a, b: a + b)(x, None)",
                "jax.jit(lambda a, b: a + b)(x, [1, 2, 3])",
                "jax.jit(lambda a: a)(None)",
                "jax.jit(lambda a: a)('s')",
                "jax.jit(lambda a: a)([1, 2])",
                "jax.jit(lambda a: a, static_argnums=0)(x)",
                "jax.jit(lambda *a: a[0])(x)",
                "jax.jit(lambda a: a.min(axis=1).max())(x)",
                "jax.jit(lambda a: jnp.log(-a))(x)",
                "jax.jit(lambda a: jnp.cos(a) ** 3)(jnp.arange(4).reshape(2, 2))",
                "jax.jit(lambda a: jnp.sin(a) @ a)(jnp.arange(4).reshape(2, 2))",
                "jax.jit(lambda a: a.sum(axis=1) @ a)(x)");
        for (String call : calls) {
            session.runCell(call).error().ifPresent(error -> assertThat(error.type()).as(call).isNotEqualTo("SystemError"));
        }
        assertThat(error(session, "jax.jit(lambda a: (a > 1) * (a < 4))(x)").type()).isEqualTo("NotImplementedError");
        // broadcasting onto a zero-size shape: ND4J's tile cannot (it raised from C++)
        assertThat(error(session, "jax.jit(lambda a: a.max(axis=1))(jnp.zeros((0, 3)))").type())
                .isEqualTo("NotImplementedError");
        assertThat(eval(session, "jax.jit(lambda a: a + 1)(jnp.zeros((0, 3)))").repr())
                .isEqualTo("Array([], shape=(0, 3), dtype=float32)");
        assertThat(error(session, "jax.jit(lambda a, b: a + b)(x, 2 ** 40)").type()).isEqualTo("OverflowError");
        assertThat(error(session, "jax.jit(lambda a, b: a + b)(x, None)").pythonMessage())
                .isEqualTo("unsupported operand type(s) for +: 'DynamicJaxprTracer' and 'NoneType'");
    }
}
