package io.tastelab.cli;

import io.tastelab.array.ComputeBackend;
import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.interp.StatementOutput;
import io.tastelab.playground.interp.TimeitReport;
import io.tastelab.playground.session.PlaygroundSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code tastelab bench relu-matmul}: issue 4's speed target. Times the book's {@code my_function(x)} =
 * {@code jnp.maximum(0, x @ x)} on an N×N float32 array through the playground, eagerly and under
 * {@code jax.jit}, and, in the same run, NumPy's {@code np.maximum(0, x @ x)} on an N×N float32 array; prints
 * medians and the ratio.
 */
@Command(name = "relu-matmul", mixinStandardHelpOptions = true,
        description = "Times relu(x @ x) on N×N float32 in the playground (eager and jit) vs NumPy, same run.")
final class ReluMatmulBenchCommand implements Callable<Integer> {

    private static final String NUMPY_SCRIPT = """
            import sys, timeit
            import numpy as np
            n, repeats = int(sys.argv[1]), int(sys.argv[2])
            x = np.random.default_rng(0).random((n, n), dtype=np.float32)
            f = lambda: np.maximum(0, x @ x)
            f()
            times = sorted(timeit.repeat(f, number=1, repeat=repeats))
            print(f"{np.median(times)} {times[0]} {np.__version__}")
            """;

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
        double[] eager = time(session, "my_function(x).block_until_ready()");
        double[] jit = time(session, "my_function_jit(x).block_until_ready()");
        out.printf(Locale.ROOT, "playground eager  relu(x @ x), %dx%d float32: median %.1f ms, min %.1f ms%n", options.size,
                options.size, eager[0] * 1e3, eager[1] * 1e3);
        out.printf(Locale.ROOT, "playground jit    relu(x @ x), %dx%d float32: median %.1f ms, min %.1f ms"
                + " (first call incl. tracing %.1f ms)%n", options.size, options.size, jit[0] * 1e3, jit[1] * 1e3, jit[2] * 1e3);
        if (!options.noNumpy) {
            double[] numpy = runNumpy(out);
            if (numpy != null) {
                out.printf(Locale.ROOT, "NumPy             relu(x @ x), %dx%d float32: median %.1f ms, min %.1f ms%n",
                        options.size, options.size, numpy[0] * 1e3, numpy[1] * 1e3);
                out.printf(Locale.ROOT, "ratio playground/NumPy (medians): eager %.2f×, jit %.2f× (target ≤ 1.25×)%n",
                        eager[0] / numpy[0], jit[0] / numpy[0]);
            }
        }
        return 0;
    }

    /** Median and minimum of the timed runs, and the first call, in seconds. */
    private double[] time(PlaygroundSession session, String expression) {
        CellResult result = session.runCell("%timeit -n 1 -r " + options.repeats + " " + expression);
        StatementOutput output = result.outputs().getLast();
        if (output.error() != null) {
            throw new IllegalStateException(output.error().render());
        }
        TimeitReport report = output.timing();
        double[] runs = report.runSeconds().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = runs.length % 2 == 1 ? runs[runs.length / 2] : (runs[runs.length / 2 - 1] + runs[runs.length / 2]) / 2;
        return new double[] {median, runs[0], report.firstCallSeconds()};
    }

    private double[] runNumpy(PrintWriter out) throws IOException, InterruptedException {
        List<String> lines = NumpyBaseline.run(out, NUMPY_SCRIPT, "", Integer.toString(options.size), Integer.toString(options.repeats));
        if (lines == null || lines.isEmpty()) {
            return null;
        }
        String[] fields = lines.getLast().split(" ");
        out.println("NumPy " + fields[2] + " (its own BLAS and threads)");
        return Arrays.stream(fields, 0, 2).mapToDouble(Double::parseDouble).toArray();
    }
}
