package io.tastelab.playground.arrays;

import static io.tastelab.playground.arrays.PlaygroundTesting.error;
import static org.assertj.core.api.Assertions.assertThat;

import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.PlaygroundError;
import io.tastelab.playground.interp.StatementOutput;
import io.tastelab.playground.session.PlaygroundSession;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the JAX documentation corpus (JaxDocsCorpusTest) found missing, each against the output JAX's pages print:
 * decorators, functools.partial, jit's static_argnames, type() names, JAX's error texts, jax.lax and jax.tree.
 */
class JaxPagesFidelityTest {

    private final PlaygroundSession session = new PlaygroundSession();

    private String printed(String code) {
        CellResult result = session.runCell(code);
        result.error().ifPresent(e -> {
            throw new AssertionError(e.render());
        });
        return result.stdout() + result.result().map(value -> value.repr() + "\n").orElse("");
    }

    @Test
    void decoratorsWrapTheFunctionAsPythonDoes() {
        // Key concepts, "Tracing": print inside @jax.jit shows the tracer.
        assertThat(printed("""
                import jax
                import jax.numpy as jnp
                @jax.jit
                def f(x):
                  print(x)
                  return x + 1
                x = jnp.arange(5)
                result = f(x)""")).isEqualTo("JitTracer(int32[5])\n");
        // JIT compilation: jax.jit(static_argnames=...) as a decorator; functools.partial(jax.jit, ...).
        assertThat(printed("""
                @jax.jit(static_argnames=['n'])
                def g_jit_decorated(x, n):
                  i = 0
                  while i < n:
                    i += 1
                  return x + i
                print(g_jit_decorated(10, 20))
                print(g_jit_decorated(10, n=20))""")).isEqualTo("30\n30\n");
        assertThat(printed("""
                from functools import partial
                @partial(jax.jit, static_argnums=1)
                def power(x, n):
                    return x ** n
                power(jnp.float32(2), 3)""")).isEqualTo("Array(8., dtype=float32)\n");
        // Stacked decorators apply bottom-up.
        assertThat(printed("""
                def twice(f):
                    return lambda x: f(f(x))
                def plus_one(f):
                    return lambda x: f(x) + 1
                @twice
                @plus_one
                def h(x):
                    return x * 10
                h(1)""")).isEqualTo("111\n");
        assertThat(error("@jax.jit\nx = 1").type()).isEqualTo("SyntaxError");
    }

    @Test
    void aScriptReadsDecoratorsAndTheirDefAsOneStatement() {
        List<StatementOutput> outputs = new ArrayList<>();
        session.runScript("import jax\n@jax.jit\ndef f(x):\n  return x * 2\n\nprint(f(21))\n",
                (output, notes) -> outputs.add(output));
        assertThat(outputs).allSatisfy(output -> assertThat(output.error()).isNull());
        assertThat(outputs.getLast().stdout()).isEqualTo("42\n");
    }

    @Test
    void staticArgnamesKeepsAnArgumentOutOfTheTrace() {
        assertThat(printed("""
                import jax
                def g(x, n):
                  i = 0
                  while i < n:
                    i += 1
                  return x + i
                g_jit_correct = jax.jit(g, static_argnames=['n'])
                print(g_jit_correct(10, 20))""")).isEqualTo("30\n");
        // Without it, JAX's error, whose first line is JAX's.
        PlaygroundError traced = error(session, "jax.jit(g)(10, 20)");
        assertThat(traced.type()).isEqualTo("TracerBoolConversionError");
        assertThat(traced.pythonMessage().lines().findFirst().orElseThrow())
                .isEqualTo("Attempted boolean conversion of traced array with shape bool[].");
        // A traced argument passed by keyword is refused with a reason.
        assertThat(error(session, "jax.jit(g)(10, n=20)").pythonMessage()).contains("static_argnames");
    }

    @Test
    void typeNamesTheModuleAsPythonPrintsIt() {
        // Thinking in JAX: type(x_np), type(x_jnp) (JAX 0.7's module name).
        assertThat(printed("import numpy as np\nimport jax.numpy as jnp\nprint(type(np.linspace(0, 1, 3)), "
                + "type(jnp.linspace(0, 1, 3)))"))
                .isEqualTo("<class 'numpy.ndarray'> <class 'jaxlib._jax.ArrayImpl'>\n");
        assertThat(printed("print(type(np.float64(1)), type(np.int64(1)), type(np.bool_(True)), type(1.5), "
                + "type(np.dtype('float32')))"))
                .isEqualTo("<class 'numpy.float64'> <class 'numpy.int64'> <class 'numpy.bool'> <class 'float'> "
                        + "<class 'numpy.dtypes.Float32DType'>\n");
        assertThat(printed("print(isinstance(np.bool_(True), type(np.bool_(False))), isinstance(True, "
                + "type(np.bool_(False))), type(np.float64(1)) == type(np.float64(2)))"))
                .isEqualTo("True False True\n");
    }

    @Test
    void inPlaceAssignmentOnAJaxArrayIsJaxsTypeError() {
        PlaygroundError error = error("import jax.numpy as jnp\nx = jnp.arange(10)\nx[0] = 10");
        assertThat(error.headline()).isEqualTo("TypeError: JAX arrays are immutable and do not support in-place "
                + "item assignment. Instead of x[idx] = y, use x = x.at[idx].set(y) or another .at[] method: "
                + "https://docs.jax.dev/en/latest/_autosummary/jax.numpy.ndarray.at.html");
    }

    @Test
    void laxAddDoesNotPromote() {
        // Key concepts, "jax.numpy vs jax.lax".
        assertThat(printed("from jax import lax\nimport jax.numpy as jnp\nlax.add(jnp.float32(1), 1.0)"))
                .isEqualTo("Array(2., dtype=float32)\n");
        assertThat(error(session, "lax.add(1, 1.0)").headline()).isEqualTo("TypeError: lax.add requires arguments "
                + "to have the same dtypes, got int32, float32. (Tip: jnp.add is a similar function that does "
                + "automatic type promotion on inputs).");
        assertThat(printed("jnp.add(1, 1.0)")).isEqualTo("Array(2., dtype=float32, weak_type=True)\n");
    }

    @Test
    void laxLoopsTraceTheirBodyOnceAsTheSharpBitsShow() {
        // Common gotchas, "Pure functions": the iterator is read once, while tracing.
        assertThat(printed("""
                import jax.numpy as jnp
                from jax import lax
                array = jnp.arange(10)
                print(lax.fori_loop(0, 10, lambda i,x: x+array[i], 0))
                iterator = iter(range(10))
                print(lax.fori_loop(0, 10, lambda i,x: x+next(iterator), 0))""")).isEqualTo("45\n0\n");
        assertThat(printed("""
                def func11(arr, extra):
                    ones = jnp.ones(arr.shape)
                    def body(carry, aelems):
                        ae1, ae2 = aelems
                        return (carry + ae1 * ae2 + extra, carry)
                    return lax.scan(body, 0., (arr, ones))
                carry, ys = func11(jnp.arange(4), 5.)
                print(carry, ys)""")).isEqualTo("26.0 [ 0.  5. 11. 18.]\n");
        assertThat(printed("lax.cond(True, lambda x: x+1, lambda x: x-1, jnp.array([0.]))"))
                .isEqualTo("Array([1.], dtype=float32)\n");
        // A traced predicate runs both branches and selects, as XLA does.
        assertThat(printed("import jax\nf = jax.jit(lambda x: lax.cond(x > 0, lambda v: v * 2, lambda v: -v, x))\n"
                + "print(f(3.0), f(-2.0))")).isEqualTo("6.0 2.0\n");
        assertThat(printed("print(lax.while_loop(lambda x: x < 10, lambda x: x + 3, 0))")).isEqualTo("12\n");
    }

    @Test
    void laxCondStillTakesItsOldPerBranchOperands() {
        // Common gotchas (2020-2021 notebooks): cond(pred, true_operand, true_fun, false_operand, false_fun), which
        // JAX still accepts (jax/_src/lax/control_flow/conditionals.py); the notebook shows DeviceArray([-1.]).
        assertThat(printed("""
                import jax.numpy as jnp
                from jax import lax
                operand = jnp.array([0.])
                lax.cond(False, operand, lambda x: x+1, operand, lambda x: x-1)""")).isEqualTo(
                "Array([-1.], dtype=float32)\n");
        assertThat(printed("import jax\nprint(jax.jit(lambda p: lax.cond(p > 0, 1., lambda x: x + 1, 5., "
                + "lambda x: x - 1))(1))")).isEqualTo("2.0\n");
        // Anything else that is not two functions: JAX's own TypeError.
        assertThat(error(session, "lax.cond(True, 1, 2, 3)").pythonMessage())
                .isEqualTo("lax.cond: true_fun and false_fun arguments should be callable.");
        assertThat(error(session, "lax.cond(True, operand, lambda x: x, operand)").pythonMessage())
                .isEqualTo("lax.cond: true_fun and false_fun arguments should be callable.");
    }

    @Test
    void aLongLaxLoopStopsOnCancel() throws InterruptedException {
        PlaygroundSession cancelled = new PlaygroundSession();
        cancelled.runCell("from jax import lax");
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException ignored) {
                return;
            }
            cancelled.cancel();
        });
        canceller.start();
        CellResult result = cancelled.runCell("lax.fori_loop(0, 10**9, lambda i, x: x + 1, 0)");
        canceller.join();
        assertThat(result.error().orElseThrow().type()).isEqualTo("KeyboardInterrupt");
    }

    @Test
    void pytreeUtilitiesFollowJaxsStructure() {
        // Key concepts, "Pytrees".
        assertThat(printed("""
                import jax
                import jax.numpy as jnp
                params = [1, 2, (jnp.arange(3), jnp.ones(2))]
                print(jax.tree.structure(params))
                print(jax.tree.leaves(params))
                params = {'n': 5, 'W': jnp.ones((2, 2)), 'b': jnp.zeros(2)}
                print(jax.tree.structure(params))""")).isEqualTo("""
                PyTreeDef([*, *, (*, *)])
                [1, 2, Array([0, 1, 2], dtype=int32), Array([1., 1.], dtype=float32)]
                PyTreeDef({'W': *, 'b': *, 'n': *})
                """);
        // Working with pytrees.
        assertThat(printed("jax.tree.map(lambda x, y: x+y, [[1, 2, 3], [1, 2]], [[1, 2, 3], [1, 2]])"))
                .isEqualTo("[[2, 4, 6], [2, 4]]\n");
        assertThat(printed("jax.tree.leaves([None, None, None])")).isEqualTo("[]\n");
        assertThat(printed("jax.tree.leaves([None, None, None], is_leaf=lambda x: x is None)"))
                .isEqualTo("[None, None, None]\n");
        assertThat(printed("jax.tree.map(lambda x: x + 1, {1: 7, \"y\": 42})")).isEqualTo("{1: 8, 'y': 43}\n");
        assertThat(printed("""
                episode_steps = [dict(t=1, obs=3), dict(t=2, obs=4)]
                print(jax.tree.map(lambda *xs: list(xs), *episode_steps))
                print(jax.tree.transpose(
                  outer_treedef = jax.tree.structure([0 for e in episode_steps]),
                  inner_treedef = jax.tree.structure(episode_steps[0]),
                  pytree_to_transpose = episode_steps))
                from jax.tree_util import tree_structure, tree_flatten, tree_unflatten
                print(tree_structure(object))
                leaves, treedef = tree_flatten({'a': (1, 2), 'b': None})
                print(leaves, treedef, treedef.num_leaves, tree_unflatten(treedef, [10, 20]))""")).isEqualTo("""
                {'obs': [3, 4], 't': [1, 2]}
                {'obs': [3, 4], 't': [1, 2]}
                PyTreeDef(*)
                [1, 2] PyTreeDef({'a': (*, *), 'b': None}) 2 {'a': (10, 20), 'b': None}
                """);
        assertThat(error(session, "jax.tree.map(lambda x, y: x + y, [1, 2], [1, 2, 3])").type())
                .isEqualTo("ValueError");
    }

    @Test
    void functoolsPartialAndReduce() {
        assertThat(printed("""
                import functools
                p = functools.partial(max, 5)
                print(p(3), p(9), p.args, p)
                print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, [], 7))
                """)).isEqualTo("5 9 (5,) functools.partial(<built-in function max>, 5)\n24 7\n");
    }

    @Test
    void jitTracesLenSlicesArrayOfTracersIsnanAndInvert() {
        // Automatic vectorization: jax.jit(jax.vmap(convolve)) traces len(x), x[i-1:i+2] and jnp.array(list).
        assertThat(printed("""
                import jax
                import jax.numpy as jnp
                def convolve(x, w):
                  output = []
                  for i in range(1, len(x)-1):
                    output.append(jnp.dot(x[i-1:i+2], w))
                  return jnp.array(output)
                xs = jnp.stack([jnp.arange(5), jnp.arange(5)])
                ws = jnp.stack([jnp.array([2., 3., 4.])] * 2)
                jax.jit(jax.vmap(convolve))(xs, ws)""")).isEqualTo("""
                Array([[11., 20., 29.],
                       [11., 20., 29.]], dtype=float32)
                """);
        // Common gotchas, "NaNs": ~jnp.isnan(x) under jit; boolean indexing stays JAX's error.
        assertThat(printed("""
                @jax.jit
                def nansum_2(x):
                  mask = ~jnp.isnan(x)
                  return jnp.where(mask, x, 0).sum()
                x = jnp.array([1, 2, jnp.nan, 3, 4])
                print(nansum_2(x))""")).isEqualTo("10.0\n");
        assertThat(error(session, "jax.jit(lambda x: x[~jnp.isnan(x)].sum())(x)").type())
                .isEqualTo("NonConcreteBooleanIndexError");
        assertThat(printed("print(jax.jit(lambda v: ~v)(jnp.arange(3)), jax.jit(jnp.logical_not)(jnp.arange(3)))"))
                .isEqualTo("[-1 -2 -3] [ True False False]\n");
        // Slices are differentiable too.
        assertThat(printed("print(jax.grad(lambda x: jnp.sum(x[1:3] ** 2) + jnp.sum(x[::2]))(jnp.arange(5.0)))"))
                .isEqualTo("[1. 2. 5. 0. 1.]\n");
    }

    @Test
    void vmapMapsOverTypedKeys() {
        // Random numbers, "vectorized": vmap over split keys draws what drawing key by key draws.
        assertThat(printed("""
                import jax
                import numpy as np
                from jax import random
                subkeys = random.split(random.key(42), 3)
                print(np.stack([random.normal(k) for k in subkeys]))
                print(jax.vmap(random.normal)(subkeys))""")).isEqualTo("""
                [0.07592554 0.60576403 0.4323065 ]
                [0.07592554 0.60576403 0.4323065 ]
                """);
    }
}
