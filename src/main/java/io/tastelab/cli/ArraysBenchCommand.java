package io.tastelab.cli;

import io.tastelab.array.ComputeBackend;
import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.StatementOutput;
import io.tastelab.playground.interp.TimeitReport;
import io.tastelab.playground.session.PlaygroundSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tastelab bench arrays}: issue 3's array targets. Times elementwise operations and {@code x @ x} on an
 * N×N float32 array with the playground's {@code %timeit} (jnp and np), and the same expressions with NumPy's
 * {@code timeit} in the same run, with the same number of loops; prints per-loop medians and the ratios.
 * Both throw each result away before the next loop, so both may reuse its memory.
 */
@Command(name = "arrays", mixinStandardHelpOptions = true,
        description = "Times elementwise ops and x @ x on N×N float32 in the playground (jnp, np) vs NumPy, same run.")
final class ArraysBenchCommand implements Callable<Integer> {

    /** Expressions over {@code {x}}, run by NumPy and by the playground with {@code jnp} and {@code np}. */
    private static final List<String> EXPRESSIONS = List.of(
            "{x} + {x}", "{x} * {x}", "{x} - 1.5", "{x} * 2.0", "{x} / 3.0", "{x} ** 2", "-{x}", "{x} < 0.5",
            "{x} == {x}", "{x} * {x}[0]", "{x} + {x}[:, :1]", "({x} + 1) * 2", "{ns}.maximum({x}, 0.5)",
            "{ns}.abs({x})", "{ns}.exp({x})", "{ns}.log({x})", "{ns}.sqrt({x})", "{x}.sum()", "{x}.mean(axis=0)",
            "{x} @ {x}");

    private static final String NUMPY_SCRIPT = """
            import sys, timeit
            import numpy as np
            n, repeats = int(sys.argv[1]), int(sys.argv[2])
            x = np.random.default_rng(0).random((n, n), dtype=np.float32)
            for line in sys.stdin.read().splitlines():
                expression, loops = line.rsplit(" ", 1)
                loops = int(loops)
                code = compile(expression, "<bench>", "eval")
                eval(code)
                times = sorted(t / loops for t in timeit.repeat(lambda: eval(code), number=loops, repeat=repeats))
                print(times[len(times) // 2])
            print(np.__version__)
            """;

    private static final int WARM_UP_LOOPS = 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--loops", defaultValue = "50", description = "Loops per run for elementwise ops; x @ x runs 3 (default: ${DEFAULT-VALUE}).")
    int loops;

    @Mixin
    ArrayBenchOptions options;

    @Override
    public Integer call() throws Exception {
        options.validate(spec);
        PrintWriter out = spec.commandLine().getOut();
        out.println("backend: " + ComputeBackend.describe().summary());
        PlaygroundSession session = new PlaygroundSession();
        CellResult setup = session.runCell("""
                import numpy as np
                import jax.numpy as jnp
                from jax import random
                xj = random.uniform(random.PRNGKey(0), (%d, %d))
                xn = np.asarray(xj)
                """.formatted(options.size, options.size));
        if (setup.error().isPresent()) {
            out.print(setup.error().get().render());
            out.flush();
            return 1;
        }
        List<double[]> playground = new ArrayList<>();
        StringBuilder numpyInput = new StringBuilder();
        if (loops < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--loops must be at least 1, got " + loops);
        }
        // Warm-up, as JMH does: each path runs long enough for the JIT to compile it before any is timed (with one
        // loop, the first namespace timed paid for compiling on the second core, which the kernels also use).
        for (String expression : EXPRESSIONS) {
            int n = expression.contains("@") ? 1 : WARM_UP_LOOPS;
            perLoop(session, expression.replace("{ns}", "jnp").replace("{x}", "xj"), n);
            perLoop(session, expression.replace("{ns}", "np").replace("{x}", "xn"), n);
        }
        for (String expression : EXPRESSIONS) {
            int n = expression.contains("@") ? 3 : loops;
            playground.add(new double[] {
                    perLoop(session, expression.replace("{ns}", "jnp").replace("{x}", "xj"), n),
                    perLoop(session, expression.replace("{ns}", "np").replace("{x}", "xn"), n)});
            numpyInput.append(numpyForm(expression)).append(' ').append(n).append('\n');
        }
        double[] numpy = options.noNumpy ? null : runNumpy(out, numpyInput.toString());
        out.printf(Locale.ROOT, "%dx%d float32, median per loop of %d runs (ms); ratio = playground / NumPy%n", options.size,
                options.size, options.repeats);
        out.printf(Locale.ROOT, "%-24s %10s %10s %10s %9s %9s%n", "expression", "jnp", "np", "NumPy", "jnp/NumPy",
                "np/NumPy");
        for (int i = 0; i < EXPRESSIONS.size(); i++) {
            double[] p = playground.get(i);
            String expression = numpyForm(EXPRESSIONS.get(i));
            if (numpy == null) {
                out.printf(Locale.ROOT, "%-24s %10.3f %10.3f%n", expression, p[0] * 1e3, p[1] * 1e3);
            } else {
                out.printf(Locale.ROOT, "%-24s %10.3f %10.3f %10.3f %8.2f× %8.2f×%n", expression, p[0] * 1e3,
                        p[1] * 1e3, numpy[i] * 1e3, p[0] / numpy[i], p[1] / numpy[i]);
            }
        }
        return 0;
    }

    private static String numpyForm(String expression) {
        return expression.replace("{ns}", "np").replace("{x}", "x");
    }

    /** Median seconds per loop of {@code %timeit -n loops -r repeats expression}. */
    private double perLoop(PlaygroundSession session, String expression, int n) {
        CellResult result = session.runCell("%timeit -n " + n + " -r " + options.repeats + " " + expression);
        StatementOutput output = result.outputs().getLast();
        if (output.error() != null) {
            throw new IllegalStateException(expression + ": " + output.error().render());
        }
        TimeitReport report = output.timing();
        double[] runs = report.runSeconds().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return runs[runs.length / 2] / report.loops();
    }

    private double[] runNumpy(PrintWriter out, String input) throws IOException, InterruptedException {
        List<String> lines = NumpyBaseline.run(out, NUMPY_SCRIPT, input, Integer.toString(options.size),
                Integer.toString(options.repeats));
        if (lines == null) {
            return null;
        }
        if (lines.size() != EXPRESSIONS.size() + 1) {
            out.println("NumPy baseline failed: " + String.join("\n", lines));
            return null;
        }
        out.println("NumPy " + lines.getLast() + " (its own BLAS and threads), same machine, same run");
        return lines.subList(0, EXPRESSIONS.size()).stream().mapToDouble(Double::parseDouble).toArray();
    }
}
