package io.tastelab.cli;

import io.tastelab.array.ComputeBackend;
import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.StatementOutput;
import io.tastelab.playground.interp.TimeitReport;
import io.tastelab.playground.session.PlaygroundSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code tastelab bench relu-matmul}: issue 4's speed target. Times the book's {@code my_function(x)} =
 * {@code jnp.maximum(0, x @ x)} on an N×N float32 array through the playground, eagerly and under
 * {@code jax.jit}, and, in the same run, NumPy's {@code np.maximum(0, x @ x)} on an N×N float32 array, one call of
 * each in turn (so that bursts of load from elsewhere fall on all three alike); prints medians and the ratio.
 */
@Command(name = "relu-matmul", mixinStandardHelpOptions = true,
        description = "Times relu(x @ x) on N×N float32 in the playground (eager and jit) vs NumPy, same run.")
final class ReluMatmulBenchCommand implements Callable<Integer> {

    /** Greets with its version, then answers each line with the seconds of one call of relu(x @ x). */
    private static final String NUMPY_SCRIPT = """
            import sys, time
            import numpy as np
            n = int(sys.argv[1])
            x = np.random.default_rng(0).random((n, n), dtype=np.float32)
            f = lambda: np.maximum(0, x @ x)
            f()
            print(np.__version__, flush=True)
            for line in sys.stdin:
                start = time.perf_counter()
                f()
                print(time.perf_counter() - start, flush=True)
            """;
    /** Pause before each NumPy call, so that no thread of ours still polls for work (as in {@code bench arrays}). */
    private static final long QUIET_MILLIS = 20;

    @Spec
    CommandSpec spec;

    @Mixin
    ArrayBenchOptions options;

    @Override
    public Integer call() throws Exception {
        options.validate(spec);
        PrintWriter out = spec.commandLine().getOut();
        out.println("backend: " + ComputeBackend.describe().summary());
        PlaygroundSession session = new PlaygroundSession();
        CellResult setup = session.runCell("""
                import jax
                import jax.numpy as jnp
                from jax import random
                def my_function(x):
                    x = x @ x
                    return jnp.maximum(0, x)
                my_function_jit = jax.jit(my_function)
                x = random.uniform(random.PRNGKey(0), (%d, %d))
                """.formatted(options.size, options.size));
        if (setup.error().isPresent()) {
            out.print(setup.error().get().render());
            out.flush();
            return 1;
        }
        NumpyBaseline.Conversation numpy = options.noNumpy ? null
                : NumpyBaseline.Conversation.start(out, NUMPY_SCRIPT, Integer.toString(options.size));
        double[][] runs;
        try {
            runs = timeInterleaved(session, numpy);
        } finally {
            if (numpy != null) {
                numpy.close();
            }
        }
        double[] eager = summary(runs[0]);
        double[] jit = summary(runs[1]);
        out.printf(Locale.ROOT, "playground eager  relu(x @ x), %dx%d float32: median %.1f ms, min %.1f ms%n", options.size,
                options.size, eager[0] * 1e3, eager[1] * 1e3);
        out.printf(Locale.ROOT, "playground jit    relu(x @ x), %dx%d float32: median %.1f ms, min %.1f ms"
                + " (first call incl. tracing %.1f ms)%n", options.size, options.size, jit[0] * 1e3, jit[1] * 1e3,
                firstJitCall * 1e3);
        if (numpy != null) {
            double[] baseline = summary(runs[2]);
            out.println("NumPy " + numpy.greeting() + " (its own BLAS and threads), runs interleaved with ours");
            out.printf(Locale.ROOT, "NumPy             relu(x @ x), %dx%d float32: median %.1f ms, min %.1f ms%n",
                    options.size, options.size, baseline[0] * 1e3, baseline[1] * 1e3);
            out.printf(Locale.ROOT, "ratio playground/NumPy (medians): eager %.2f×, jit %.2f× (target ≤ 1.25×)%n",
                    eager[0] / baseline[0], jit[0] / baseline[0]);
        }
        return 0;
    }

    private double firstJitCall;

    /**
     * One eager call, one jitted call and one NumPy call in turn, {@code repeats} times, after one untimed call of
     * each (the jitted one traces there): load from elsewhere on the machine then falls on all three alike.
     * Seconds per call: eager, jit, NumPy (NaN without NumPy).
     */
    private double[][] timeInterleaved(PlaygroundSession session, NumpyBaseline.Conversation numpy)
            throws IOException {
        // %timeit makes one untimed call before its runs: the jitted function traces in the first one.
        firstJitCall = timeit(session, "my_function_jit(x).block_until_ready()").firstCallSeconds();
        double[][] runs = new double[3][options.repeats];
        for (int run = 0; run < options.repeats; run++) {
            runs[0][run] = time(session, "my_function(x).block_until_ready()");
            runs[1][run] = time(session, "my_function_jit(x).block_until_ready()");
            runs[2][run] = numpy == null ? Double.NaN : numpyCall(numpy);
        }
        return runs;
    }

    private static double numpyCall(NumpyBaseline.Conversation numpy) throws IOException {
        try {
            Thread.sleep(QUIET_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Double.parseDouble(numpy.ask("call"));
    }

    /** Seconds of one call of {@code expression} (after {@code %timeit}'s untimed one). */
    private static double time(PlaygroundSession session, String expression) {
        return timeit(session, expression).runSeconds().getFirst();
    }

    private static TimeitReport timeit(PlaygroundSession session, String expression) {
        CellResult result = session.runCell("%timeit -n 1 -r 1 " + expression);
        StatementOutput output = result.outputs().getLast();
        if (output.error() != null) {
            throw new IllegalStateException(output.error().render());
        }
        return output.timing();
    }

    /** Median and minimum of some runs. */
    private static double[] summary(double[] runs) {
        double[] sorted = runs.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new double[] {median, sorted[0]};
    }
}
