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

    /** Answers "EXPRESSION LOOPS" lines with the seconds per loop of one timed run, after greeting with its version. */
    private static final String NUMPY_SCRIPT = """
            import sys, timeit
            import numpy as np
            n = int(sys.argv[1])
            x = np.random.default_rng(0).random((n, n), dtype=np.float32)
            print(np.__version__, flush=True)
            for line in sys.stdin:
                expression, loops = line.rstrip("\\n").rsplit(" ", 1)
                loops = int(loops)
                code = compile(expression, "<bench>", "eval")
                print(timeit.timeit(lambda: eval(code), number=loops) / loops, flush=True)
            """;

    private static final int WARM_UP_LOOPS = 20;
    private static final long QUIET_MILLIS = 20;

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
        if (loops < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--loops must be at least 1, got " + loops);
        }
        NumpyBaseline.Conversation numpy = options.noNumpy ? null
                : NumpyBaseline.Conversation.start(out, NUMPY_SCRIPT, Integer.toString(options.size));
        try {
            return timeAll(out, session, numpy);
        } finally {
            if (numpy != null) {
                numpy.close();
            }
        }
    }

    /**
     * Warms every path up, then times each expression with its runs interleaved: one run of jnp, one of np, one of
     * NumPy, and again, so that load from elsewhere on the machine hits all three alike.
     */
    private int timeAll(PrintWriter out, PlaygroundSession session, NumpyBaseline.Conversation numpy) throws IOException {
        // Warm-up, as JMH does: each path runs long enough for the JIT to compile it before any is timed (with one
        // loop, the first namespace timed paid for compiling on the second core, which the kernels also use).
        for (String expression : EXPRESSIONS) {
            int n = expression.contains("@") ? 1 : WARM_UP_LOOPS;
            for (int run = 0; run < options.repeats; run++) {
                oneRun(session, expression.replace("{ns}", "jnp").replace("{x}", "xj"), n);
                oneRun(session, expression.replace("{ns}", "np").replace("{x}", "xn"), n);
            }
            if (numpy != null) {
                numpy.ask(numpyForm(expression) + " " + n);
            }
        }
        List<double[]> medians = new ArrayList<>();
        for (String expression : EXPRESSIONS) {
            int n = expression.contains("@") ? 3 : loops;
            double[][] runs = new double[3][options.repeats];
            for (int run = 0; run < options.repeats; run++) {
                runs[0][run] = oneRun(session, expression.replace("{ns}", "jnp").replace("{x}", "xj"), n);
                runs[1][run] = oneRun(session, expression.replace("{ns}", "np").replace("{x}", "xn"), n);
                runs[2][run] = numpy == null ? Double.NaN : numpyRun(numpy, numpyForm(expression), n);
            }
            medians.add(new double[] {median(runs[0]), median(runs[1]), median(runs[2])});
        }
        if (numpy != null) {
            out.println("NumPy " + numpy.greeting() + " (its own BLAS and threads), same machine, runs interleaved with ours");
        }
        if (numpy == null) {
            out.printf(Locale.ROOT, "%dx%d float32, median per loop of %d runs (ms)%n", options.size, options.size,
                    options.repeats);
            out.printf(Locale.ROOT, "%-24s %10s %10s%n", "expression", "jnp", "np");
        } else {
            out.printf(Locale.ROOT, "%dx%d float32, median per loop of %d runs (ms); ratio = playground / NumPy%n",
                    options.size, options.size, options.repeats);
            out.printf(Locale.ROOT, "%-24s %10s %10s %10s %9s %9s%n", "expression", "jnp", "np", "NumPy", "jnp/NumPy",
                    "np/NumPy");
        }
        for (int i = 0; i < EXPRESSIONS.size(); i++) {
            double[] m = medians.get(i);
            String expression = numpyForm(EXPRESSIONS.get(i));
            if (numpy == null) {
                out.printf(Locale.ROOT, "%-24s %10.3f %10.3f%n", expression, m[0] * 1e3, m[1] * 1e3);
            } else {
                out.printf(Locale.ROOT, "%-24s %10.3f %10.3f %10.3f %8.2f× %8.2f×%n", expression, m[0] * 1e3,
                        m[1] * 1e3, m[2] * 1e3, m[0] / m[2], m[1] / m[2]);
            }
        }
        return 0;
    }

    private static String numpyForm(String expression) {
        return expression.replace("{ns}", "np").replace("{x}", "x");
    }

    /**
     * Seconds per loop of one NumPy run, started once our own threads are idle: kernel helpers and ND4J's OpenMP
     * workers poll for a few milliseconds after a kernel, and would otherwise take a core from NumPy's run.
     */
    private static double numpyRun(NumpyBaseline.Conversation numpy, String expression, int n) throws IOException {
        try {
            Thread.sleep(QUIET_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Double.parseDouble(numpy.ask(expression + " " + n));
    }

    /** Seconds per loop of one run of {@code %timeit -n loops -r 1 expression}. */
    private static double oneRun(PlaygroundSession session, String expression, int n) {
        CellResult result = session.runCell("%timeit -n " + n + " -r 1 " + expression);
        StatementOutput output = result.outputs().getLast();
        if (output.error() != null) {
            throw new IllegalStateException(expression + ": " + output.error().render());
        }
        TimeitReport report = output.timing();
        return report.runSeconds().getFirst() / report.loops();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
