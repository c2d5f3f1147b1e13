package io.tastelab.playground.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InterpreterTest {

    private final FakeModules modules = new FakeModules();
    private final Interpreter interpreter = new Interpreter(modules);

    private Value run(String cell) {
        CellResult result = interpreter.runCell(cell);
        assertThat(result.error()).as("error of %s", cell).isEmpty();
        return result.result().orElse(NoneValue.INSTANCE);
    }

    private PlaygroundError errorOf(String cell) {
        return interpreter.runCell(cell).error().orElseThrow(() -> new AssertionError("no error from " + cell));
    }

    @Test
    void runsTheBooksSnippetWithArrayLikeValues() {
        CellResult result = new Interpreter(modules, InterpreterLimits.defaults(), new FakeClock(250_000_000L)).runCell("""
                import jax.numpy as jnp
                from jax import random
                key = random.PRNGKey(0)
                x = jnp.arange(10)
                y = x.at[3].set(7)
                key, subkey = random.split(key)
                def my_function(x):
                    x = x @ x
                    return jnp.maximum(x, 0.0)
                %timeit my_function(x).block_until_ready()
                y[3], x[3], subkey, my_function(x)
                """);
        assertThat(result.error()).isEmpty();
        assertThat(result.result().orElseThrow().repr()).isEqualTo("(7.0, 3.0, (2, 1), Array([285.0]))");
        assertThat(result.outputs().get(7).stdout()).isEqualTo("""
                250 ms ± 0 ns per loop (mean ± std. dev. of 7 runs, 1 loop each)
                first call: 250 ms (includes any tracing and compiling)
                """);
        assertThat(result.outputs().get(7).timing().loops()).isEqualTo(1);
    }

    @Test
    void timeitHonoursLoopAndRepeatOptionsAndWaitsForResults() {
        Interpreter timed = new Interpreter(modules, InterpreterLimits.defaults(), new FakeClock(250_000_000L));
        timed.runCell("import numpy as np\nx = np.arange(3)");
        StatementOutput output = timed.runCell("%timeit -n 10 -r 3 x + 1").outputs().getFirst();
        assertThat(output.stdout()).startsWith("25 ms ± 0 ns per loop (mean ± std. dev. of 3 runs, 10 loops each)");
        assertThat(((FakeVector) timed.globals().get("x")).readyWaits).isZero();
        StatementOutput waited = timed.runCell("%timeit -n 2 -r 1 x").outputs().getFirst();
        assertThat(waited.timing().repeats()).isEqualTo(1);
        assertThat(((FakeVector) timed.globals().get("x")).readyWaits).isEqualTo(3);
    }

    @Test
    void timeitBuiltinTimesAFunctionCall() {
        Interpreter timed = new Interpreter(modules, InterpreterLimits.defaults(), new FakeClock(1_000_000L));
        CellResult result = timed.runCell("def f(x):\n    return x + 1\ntimeit(f, 41, number=5, repeat=2)");
        assertThat(result.error()).isEmpty();
        assertThat(result.stdout()).contains("of 2 runs, 5 loops each)").contains("first call:");
    }

    @Test
    void definedGlobalsAreVisibleToCells() {
        interpreter.define("answer", IntValue.of(42));
        assertThat(run("answer + 0").repr()).isEqualTo("42");
    }

    @Test
    void veryLongExpressionsFailCleanly() {
        CellResult result = interpreter.runCell("x = " + "1 + ".repeat(200_000) + "1");
        result.error().ifPresent(error -> assertThat(error.type()).isIn("RecursionError", "SyntaxError"));
        assertThat(interpreter.runCell("2 * 3").result().orElseThrow().repr()).isEqualTo("6");
    }

    @Test
    void attributeAssignmentFollowsPython() {
        assertThat(errorOf("xs = [1]\nxs.foo = 1").headline()).isEqualTo("AttributeError: 'list' object has no attribute 'foo'");
        assertThat(errorOf("xs = [1]\nxs.append = 1").headline())
                .isEqualTo("AttributeError: 'list' object attribute 'append' is read-only");
        assertThat(run("import jax\njax.answer = 42\njax.answer").repr()).isEqualTo("42");
    }

    @Test
    void jitCallsBackIntoUserFunctions() {
        assertThat(run("""
                import jax
                def f(x, scale=2):
                    return x * scale
                g = jax.jit(f)
                g(21)
                """).repr()).isEqualTo("42");
        assertThat(modules.jitCalls).isEqualTo(1);
    }

    @Test
    void arrayValuesOverrideOperatorsInBothDirections() {
        run("import numpy as np\nv = np.arange(3)");
        assertThat(run("v + 1").repr()).isEqualTo("array([1.0, 2.0, 3.0])");
        assertThat(run("1 - v").repr()).isEqualTo("array([1.0, 0.0, -1.0])");
        assertThat(run("v @ v").repr()).isEqualTo("array([5.0])");
        assertThat(run("-v").repr()).isEqualTo("array([-0.0, -1.0, -2.0])");
        assertThat(run("v > 0").repr()).isEqualTo("array([0.0, 1.0, 1.0])");
        assertThat(run("1 < v").repr()).isEqualTo("array([0.0, 0.0, 1.0])");
        assertThat(run("v.shape").repr()).isEqualTo("(3,)");
        assertThat(errorOf("v / 2").headline()).isEqualTo("TypeError: unsupported operand type(s) for /: 'ndarray' and 'int'");
        assertThat(errorOf("0 < v < 2").headline()).startsWith("ValueError: The truth value of an array");
    }

    @Test
    void mutableArraysUpdateInPlaceAndImmutableOnesRefuse() {
        run("import numpy as np\nimport jax.numpy as jnp\nv = np.arange(3)\nw = v\nv[0] = 5\nv += 1");
        assertThat(run("w").repr()).isEqualTo("array([6.0, 2.0, 3.0])");
        run("j = jnp.arange(3)\nk = j\nj += 1");
        assertThat(run("k").repr()).isEqualTo("Array([0.0, 1.0, 2.0])");
        PlaygroundError error = errorOf("j[0] = 5");
        assertThat(error.headline()).isEqualTo("TypeError: JAX arrays are immutable; use x.at[idx].set(y) instead");
        assertThat(error.column()).isEqualTo(1);
    }

    @Test
    void lastExpressionIsTheCellResultAndEachStatementHasItsOutput() {
        CellResult result = interpreter.runCell("x = 2\nx + 1\nprint('a', x, sep='-')\nx * 10\n");
        assertThat(result.outputs()).hasSize(4);
        assertThat(result.outputs().get(1).value().repr()).isEqualTo("3");
        assertThat(result.outputs().get(2).stdout()).isEqualTo("a-2\n");
        assertThat(result.outputs().get(2).value()).isNull();
        assertThat(result.result().orElseThrow().repr()).isEqualTo("20");
        assertThat(result.outputs().get(3).span().line()).isEqualTo(4);
        assertThat(interpreter.runCell("x = 3").result()).isEmpty();
    }

    @Test
    void printedTextAlsoReachesTheLiveSink() {
        List<String> live = new ArrayList<>();
        interpreter.setLiveOutput(live::add);
        interpreter.runCell("print(1, 2.5, 'x', None, [1, 'a'])\nprint('no newline', end='')");
        assertThat(live).containsExactly("1 2.5 x None [1, 'a']\n", "no newline");
    }

    @Test
    void cellStopsAtTheFirstErrorButKeepsEarlierEffects() {
        CellResult result = interpreter.runCell("a = 1\nb = a / 0\nc = 3\n");
        assertThat(result.outputs()).hasSize(2);
        assertThat(interpreter.globals()).containsKey("a").doesNotContainKey("c");
    }

    @Test
    void errorsCarryThePositionOfTheFailingExpression() {
        PlaygroundError error = errorOf("x = 1\ny = 2 + undefined_thing * 3\n");
        assertThat(error.headline()).isEqualTo("NameError: name 'undefined_thing' is not defined");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(9);
        assertThat(error.render()).isEqualTo("""
                Traceback (most recent call last):
                  File "<cell>", line 2, in <module>
                    y = 2 + undefined_thing * 3
                            ^^^^^^^^^^^^^^^
                NameError: name 'undefined_thing' is not defined
                """);
    }

    @Test
    void subscriptErrorsPointAtTheSubscript() {
        PlaygroundError error = errorOf("xs = [1, 2, 3]\nv = xs[5]\n");
        assertThat(error.headline()).isEqualTo("IndexError: list index out of range");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(5);
    }

    @Test
    void errorsInsideFunctionsShowATraceback() {
        PlaygroundError error = errorOf("""
                def inner(x):
                    return x / 0
                def outer(x):
                    return inner(x) + 1
                outer(5)
                """);
        assertThat(error.headline()).isEqualTo("ZeroDivisionError: division by zero");
        assertThat(error.line()).isEqualTo(5);
        assertThat(error.frames()).extracting(PlaygroundError.TraceFrame::functionName).containsExactly("outer", "inner");
        assertThat(error.render()).isEqualTo("""
                Traceback (most recent call last):
                  File "<cell>", line 5, in <module>
                    outer(5)
                    ^^^^^^^^
                  File "<cell>", line 4, in outer
                    return inner(x) + 1
                           ^^^^^^^^
                  File "<cell>", line 2, in inner
                    return x / 0
                           ^^^^^
                ZeroDivisionError: division by zero
                """);
    }

    @Test
    void unpackingFollowsPython() {
        assertThat(run("key, subkey = (1, 2)\n(a, b), c = [[3, 4], 5]\nkey, subkey, a, b, c").repr())
                .isEqualTo("(1, 2, 3, 4, 5)");
        assertThat(errorOf("a, b = 1, 2, 3").headline()).isEqualTo("ValueError: too many values to unpack (expected 2)");
        assertThat(errorOf("a, b = [1]").headline()).isEqualTo("ValueError: not enough values to unpack (expected 2, got 1)");
        assertThat(errorOf("a, b = None").headline()).isEqualTo("TypeError: cannot unpack non-iterable NoneType object");
    }

    @Test
    void functionsSeeGlobalsDefinedAfterThem() {
        assertThat(run("def f(x):\n    return x + offset\noffset = 10\nf(1)").repr()).isEqualTo("11");
        assertThat(run("offset = 20\nf(1)").repr()).isEqualTo("21");
    }

    @Test
    void assignmentInsideAFunctionStaysLocal() {
        assertThat(run("n = 1\ndef f():\n    n = 2\n    return n\nf(), n").repr()).isEqualTo("(2, 1)");
    }

    @Test
    void nestedFunctionsCloseOverTheirEnclosingCall() {
        assertThat(run("""
                def outer(a):
                    def inner(b):
                        return a + b
                    return inner
                add5 = outer(5)
                add5(1)
                """).repr()).isEqualTo("6");
    }

    @Test
    void defaultsAreEvaluatedOnceAtDefinition() {
        assertThat(run("d = 1\ndef f(x=d):\n    return x\nd = 2\nf()").repr()).isEqualTo("1");
    }

    @Test
    void deepRecursionIsARecursionErrorAtPythonsDepth() {
        PlaygroundError error = errorOf("def f(n):\n    return f(n + 1)\nf(0)");
        assertThat(error.headline()).isEqualTo("RecursionError: maximum recursion depth exceeded");
        assertThat(error.frames()).hasSize(1000);
        assertThat(error.render()).contains("[Previous line repeated 997 more times]");
    }

    @Test
    void recursionDepthDoesNotDependOnTheCallersStack() throws InterruptedException {
        AtomicReference<PlaygroundError> error = new AtomicReference<>();
        Thread thread = new Thread(null, () -> error.set(errorOf("def f(n):\n    return f(n + 1)\nf(0)")),
                "small-stack", 128 * 1024);
        thread.start();
        thread.join();
        assertThat(error.get().frames()).hasSize(1000);
    }

    @Test
    void evaluationNestingIsCappedBeforeTheJavaStackRunsOut() {
        Interpreter unlimited = new Interpreter(ModuleProvider.none(),
                InterpreterLimits.defaults().withMaxRecursionDepth(10_000_000), System::nanoTime);
        PlaygroundError error = unlimited.runCell("def f(n):\n    return f(n + 1) + 1\nf(0)").error().orElseThrow();
        assertThat(error.headline()).isEqualTo("RecursionError: maximum recursion depth exceeded");
        assertThat(unlimited.runCell("1 + 1").result().orElseThrow().repr()).isEqualTo("2");
    }

    @Test
    void cancelStopsARunningCellFromAnotherThread() throws InterruptedException {
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException ignored) {
                return;
            }
            interpreter.cancel();
        });
        canceller.start();
        PlaygroundError error = interpreter.runCell("def f(n):\n    return 0 if n == 0 else f(n - 1) + f(n - 1)\nf(40)")
                .error().orElseThrow();
        canceller.join();
        assertThat(error.headline()).isEqualTo("KeyboardInterrupt");
    }

    @Test
    void exponentialWorkRunsOutOfSteps() {
        Interpreter limited = new Interpreter(ModuleProvider.none(),
                InterpreterLimits.defaults().withMaxSteps(100_000), System::nanoTime);
        PlaygroundError error = limited.runCell("""
                def f(n):
                    return 0 if n == 0 else f(n - 1) + f(n - 1)
                f(60)
                """).error().orElseThrow();
        assertThat(error.type()).isEqualTo("TimeoutError");
    }

    @Test
    void slowCellsRunOutOfTime() {
        Interpreter limited = new Interpreter(ModuleProvider.none(),
                InterpreterLimits.defaults().withMaxDuration(Duration.ofSeconds(5)), new FakeClock(1_000_000L));
        PlaygroundError error = limited.runCell("def f(n):\n    return 0 if n == 0 else f(n - 1) + f(n - 1)\nf(40)")
                .error().orElseThrow();
        assertThat(error.headline()).isEqualTo("TimeoutError: the cell ran longer than 5 s, the playground's limit");
    }

    @Test
    void interruptingTheThreadCancelsTheCell() {
        Thread.currentThread().interrupt();
        try {
            PlaygroundError error = interpreter.runCell("def f(n):\n    return 0 if n == 0 else f(n - 1) + f(n - 1)\nf(30)")
                    .error().orElseThrow();
            assertThat(error.headline()).isEqualTo("KeyboardInterrupt");
            assertThat(interpreter.runCell("def g(n):\n    return 0 if n == 0 else g(n - 1) + 1\ng(50)")
                    .result().orElseThrow().repr()).isEqualTo("50");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aJavaExceptionFromAValueIsReportedAsAnInternalErrorAtItsExpression() {
        interpreter.define("broken", new BuiltinFunction("broken", (arguments, context) -> {
            throw new IllegalStateException("bug in a module");
        }));
        PlaygroundError error = errorOf("x = 1\ny = 2 + broken()");
        assertThat(error.type()).isEqualTo("SystemError");
        assertThat(error.pythonMessage()).contains("bug in a module");
        assertThat(error.column()).isEqualTo(9);
        assertThat(error.getCause()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void hugeResultsAreMemoryErrors() {
        assertThat(errorOf("2 ** 10 ** 10").type()).isEqualTo("MemoryError");
        assertThat(errorOf("'ab' * 10 ** 12").type()).isEqualTo("MemoryError");
        assertThat(errorOf("[0] * 10 ** 9").type()).isEqualTo("MemoryError");
        assertThat(errorOf("1 << 10 ** 12").type()).isEqualTo("MemoryError");
        assertThat(errorOf("str(10 ** 5000)").headline()).startsWith("ValueError: Exceeds the limit (4300 digits)");
    }

    @Test
    void allowedImportsBindTheirNamespaces() {
        run("""
                import numpy as np
                import jax.numpy as jnp
                import jax
                import jax.random as random
                """);
        assertThat(interpreter.globals()).containsKeys("np", "jnp", "jax", "random");
        assertThat(run("from jax import random as r2\nr2 is random").repr()).isEqualTo("True");
        assertThat(run("import numpy\nnumpy is np").repr()).isEqualTo("True");
    }

    @Test
    void importingASubmoduleWithoutAliasBindsThePackage() {
        Interpreter fresh = new Interpreter(modules);
        CellResult result = fresh.runCell("import jax.numpy\njax.numpy.arange(2)");
        assertThat(result.result().orElseThrow().repr()).isEqualTo("Array([0.0, 1.0])");
    }

    @Test
    void otherImportsAreImportErrorsThatSayWhatIsAvailable() {
        PlaygroundError error = errorOf("import pandas");
        // CPython's type and first line, then what the playground offers instead
        assertThat(error.type()).isEqualTo("ModuleNotFoundError");
        assertThat(error.pythonMessage()).isEqualTo("No module named 'pandas'");
        assertThat(errorOf("import numpy.random.default_rng").pythonMessage())
                .isEqualTo("No module named 'numpy.random.default_rng'");
        assertThat(errorOf("import torch as np").type()).isEqualTo("ModuleNotFoundError");
        assertThat(new Interpreter(modules).runCell("try:\n    import pandas\nexcept ImportError as e:\n    caught = type(e).__name__\ncaught")
                .result().orElseThrow().repr()).isEqualTo("'ModuleNotFoundError'");
        assertThat(error.render()).endsWith("ModuleNotFoundError: No module named 'pandas'\n" + error.note().orElseThrow() + "\n");
        assertThat(error.note().orElseThrow()).contains("import numpy as np").contains("import math").contains("import jax.numpy as jnp").contains("from jax import random");
        assertThat(errorOf("from jax import grad").pythonMessage()).isEqualTo("cannot import name 'grad' from 'jax'");
        assertThat(errorOf("from os import path").type()).isEqualTo("ModuleNotFoundError");
    }

    @Test
    void anAllowedModuleThatThisBuildLacksIsAnImportError() {
        PlaygroundError error = new Interpreter(ModuleProvider.none()).runCell("import numpy as np").error().orElseThrow();
        assertThat(error.headline()).isEqualTo("ImportError: module 'numpy' is not available in this build of the playground");
    }

    @Test
    void missingModuleAttributesAreAttributeErrors() {
        assertThat(errorOf("import jax\njax.grad").headline()).isEqualTo("AttributeError: module 'jax' has no attribute 'grad'");
    }

    @Test
    void syntaxErrorsComeBackAsTheCellsError() {
        CellResult result = interpreter.runCell("x = (1 +\n");
        assertThat(result.outputs()).isEmpty();
        PlaygroundError error = result.error().orElseThrow();
        assertThat(error.type()).isEqualTo("SyntaxError");
        assertThat(error.render()).isEqualTo("""
                  File "<cell>", line 1
                    x = (1 +
                        ^
                SyntaxError: '(' was never closed
                """);
    }

    @Test
    void keywordAndDefaultArgumentsBindLikePython() {
        run("def f(a, b=2, c=3):\n    return (a, b, c)");
        assertThat(run("f(1, c=9)").repr()).isEqualTo("(1, 2, 9)");
        assertThat(errorOf("f(1, d=4)").headline()).isEqualTo("TypeError: f() got an unexpected keyword argument 'd'");
        assertThat(errorOf("f(1, 2, 3, 4)").headline())
                .isEqualTo("TypeError: f() takes from 1 to 3 positional arguments but 4 were given");
    }

    @Test
    void runStatementLetsAReplGoOnAfterAnError() {
        var module = io.tastelab.playground.lang.Parser.parse("a = 1 / 0\nb = 2\n");
        StatementOutput first = interpreter.runStatement(module.body().get(0), "a = 1 / 0\nb = 2\n");
        StatementOutput second = interpreter.runStatement(module.body().get(1), "a = 1 / 0\nb = 2\n");
        assertThat(first.failed()).isTrue();
        assertThat(second.failed()).isFalse();
        assertThat(interpreter.globals()).containsKey("b");
    }

    /** A clock that advances by a fixed step every time it is read. */
    static final class FakeClock implements java.util.function.LongSupplier {
        private final AtomicLong now = new AtomicLong();
        private final long step;

        FakeClock(long step) {
            this.step = step;
        }

        @Override
        public long getAsLong() {
            return now.addAndGet(step);
        }
    }
}
