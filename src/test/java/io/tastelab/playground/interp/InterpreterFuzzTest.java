package io.tastelab.playground.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a user types, running it gives a cell result (maybe with a Python error), and quickly. */
class InterpreterFuzzTest {

    private static final List<String> FRAGMENTS = List.of(
            "x", "y", "f", "np", "jnp", "random", "if x:\n    ", "else:\n    ", "elif y:", " = ", "(", ")", "[", "]", ",", ":", "+", "-", "*", "**", "/", "//",
            "%", "@", "<", "==", " and ", " or ", " not ", " if ", " else ", "1", "0", "2.5", "-1", "10 ** 9", "'s'",
            "None", "True", "...", ".", "at", "shape", "\n", "\n    ", "def f(x):\n    return ", "def g(n=1): ",
            "import numpy as np\n", "import jax.numpy as jnp\n", "from jax import random\n", "print(", "len(",
            "f(", "g(", "x[", "[1, 2, 3]", "(1, 2)", "a, b = ", "%timeit -n 1 -r 1 ", "int(", "float(", "round(",
            "sum(", "max(", "range(", "<<", ">>", "&", "|", "~", "+=", " is ", " in ", "f'{", "}'", ":.2f", ":>8", "!r", "format(");

    @Property(tries = 1500)
    void randomCellsGiveACellResult(@ForAll("cells") String cell) {
        Interpreter interpreter = new Interpreter(new FakeModules(),
                InterpreterLimits.defaults().withMaxSteps(200_000).withMaxDuration(Duration.ofSeconds(2)),
                System::nanoTime);
        long start = System.nanoTime();
        CellResult result = interpreter.runCell(cell);
        assertThat(result).isNotNull();
        result.error().ifPresent(error -> assertThat(error.render()).contains(error.type()));
        result.outputs().forEach(output -> {
            if (output.value() != null) {
                output.value().repr();
            }
        });
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Property(tries = 1000)
    void randomCharactersGiveACellResult(@ForAll String cell) {
        assertThat(new Interpreter(new FakeModules()).runCell(cell)).isNotNull();
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
