package io.tastelab.cli;

import io.tastelab.playground.arrays.JitStatistics;
import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.session.PlaygroundSession;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tastelab bench jit}: jitted calls in the tensor playground, through the whole cell path
 * ({@link PlaygroundSession#runCell}). A training step of the JAX 101 pytrees notebook's MLP (1-128-128-1, a list of
 * dicts of parameters, {@code jax.grad} inside {@code jax.jit}), the notebook's 1000-step loop as one cell, and a
 * jitted chain of 200 small elementwise ops; each with the traces it took, so a cache miss per call shows.
 */
@Command(name = "jit", mixinStandardHelpOptions = true,
        description = "Times jitted calls in the playground: an MLP training step, its 1000-step loop, a 200-op chain.")
final class JitBenchCommand implements Callable<Integer> {

    /** The notebook's model and update step (jax101-pytrees), with seeded data. */
    static final String MLP_SETUP = """
            import jax
            import jax.numpy as jnp
            import numpy as np
            np.random.seed(0)
            def init_mlp_params(layer_widths):
              params = []
              for n_in, n_out in zip(layer_widths[:-1], layer_widths[1:]):
                params.append(dict(weights=np.random.normal(size=(n_in, n_out)) * np.sqrt(2/n_in),
                                   biases=np.ones(shape=(n_out,))))
              return params
            params = init_mlp_params([1, 128, 128, 1])
            def forward(params, x):
              *hidden, last = params
              for layer in hidden:
                x = jax.nn.relu(x @ layer['weights'] + layer['biases'])
              return x @ last['weights'] + last['biases']
            def loss_fn(params, x, y):
              return jnp.mean((forward(params, x) - y) ** 2)
            LEARNING_RATE = 0.0001
            @jax.jit
            def update(params, x, y):
              grads = jax.grad(loss_fn)(params, x, y)
              return jax.tree.map(lambda p, g: p - LEARNING_RATE * g, params, grads)
            xs = np.random.normal(size=(128, 1))
            ys = xs ** 2
            """;

    static final String MLP_STEP = "params = update(params, xs, ys)";

    /** A jitted function of 200 small ops: 50 rounds of four elementwise ops on 16 floats. */
    static final String CHAIN_SETUP = """
            import jax
            import jax.numpy as jnp
            @jax.jit
            def chain(x):
              for i in range(50):
                x = jnp.tanh(x) * 1.01 + 0.5 - x / 3
              return x
            v = jnp.linspace(-1.0, 1.0, 16)
            """;

    static final String CHAIN_CALL = "w = chain(v)";

    @Spec
    CommandSpec spec;

    @Option(names = "--repeats", defaultValue = "200", description = "Timed calls of each case (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--loop-steps", defaultValue = "1000",
            description = "Steps of the notebook's training loop, timed as one cell (default: ${DEFAULT-VALUE}; 0: skip).")
    int loopSteps;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (repeats < 1 || loopSteps < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--repeats must be positive and --loop-steps not negative");
        }
        out.println("load average before: " + LoadAverage.describe());
        PlaygroundSession mlp = new PlaygroundSession();
        check(mlp.runCell(MLP_SETUP));
        time(out, "MLP training step (jax101-pytrees, 1-128-128-1, grad inside jit)", mlp, MLP_STEP);
        if (loopSteps > 0) {
            String loop = "for _ in range(" + loopSteps + "):\n  " + MLP_STEP + "\n";
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            check(mlp.runCell(loop));
            out.printf(Locale.ROOT, "  the notebook's loop of %d steps as one cell: %.2f s (CPU %.2f s); the playground's "
                    + "cell limit is 60 s%n", loopSteps, (System.nanoTime() - start) / 1e9,
                    (processCpuNanos() - cpu) / 1e9);
        }
        PlaygroundSession chain = new PlaygroundSession();
        check(chain.runCell(CHAIN_SETUP));
        time(out, "jitted chain of 200 elementwise ops on 16 floats", chain, CHAIN_CALL);
        out.println("load average after: " + LoadAverage.describe());
        return 0;
    }

    /** Warms {@code cell} up, then times {@code repeats} runs of it; prints the median, fastest and traces taken. */
    private void time(PrintWriter out, String label, PlaygroundSession session, String cell) {
        JitStatistics statistics = session.modules().jitStatistics();
        for (int i = 0; i < Math.max(5, repeats / 10); i++) {
            check(session.runCell(cell));
        }
        int tracesBefore = statistics.traces();
        double[] millis = new double[repeats];
        long cpu = processCpuNanos();
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            CellResult result = session.runCell(cell);
            millis[i] = (System.nanoTime() - start) / 1e6;
            check(result);
        }
        double cpuPerCall = (processCpuNanos() - cpu) / 1e6 / repeats;
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "%s: median %.3f ms per call (fastest %.3f), CPU %.3f ms per call (whole process), "
                + "%d calls, %d traces while timed (%d in all)%n", label, sorted[repeats / 2], sorted[0], cpuPerCall,
                repeats, statistics.traces() - tracesBefore, statistics.traces());
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0L;
    }

    private static void check(CellResult result) {
        if (result.error().isPresent()) {
            throw new IllegalStateException(result.error().get().render());
        }
    }
}
