package io.tastelab.cli;

import io.tastelab.playground.interp.CellResult;
import io.tastelab.playground.session.PlaygroundSession;
import java.io.IOException;
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
 * {@code tastelab bench python}: issue 17's interpreter targets, each against CPython in the same run, interleaved.
 * The per-statement overhead of {@code y = x[::2, ::2] * v} on 3×3 through the whole cell path
 * ({@link PlaygroundSession#runCell}), np and jnp, beside NumPy's own time for the statement; and a 10,000-iteration
 * {@code for} loop of scalar arithmetic, one cell run against one {@code exec} of the same cell by python3.
 */
@Command(name = "python", mixinStandardHelpOptions = true,
        description = "Times per-statement overhead and a 10,000-iteration for loop in the playground vs CPython, same run.")
final class PythonBenchCommand implements Callable<Integer> {

    /** The loop: scalar arithmetic only, the same text for both interpreters. */
    static final String LOOP_CELL = """
            total = 0.0
            count = 0
            for i in range(10000):
                total = total + i * 0.5 - count / 3
                if i % 7 == 0:
                    count += 1
            """;

    /** Answers each "loop" line with the seconds of one exec of the loop, each "statement N" with seconds per run. */
    private static final String PYTHON_SCRIPT = """
            import sys, time, timeit
            import numpy as np
            loop = compile(sys.argv[1], "<bench>", "exec")
            x = np.arange(9.0).reshape(3, 3)
            v = np.array([0.5, 2.0])
            print(sys.version.split()[0] + ", NumPy " + np.__version__, flush=True)
            for line in sys.stdin:
                words = line.split()
                if words[0] == "loop":
                    cpu = time.process_time()
                    start = time.perf_counter()
                    exec(loop, {})
                    print(time.perf_counter() - start, time.process_time() - cpu, flush=True)
                else:
                    n = int(words[1])
                    print(timeit.timeit("y = x[::2, ::2] * v", globals=globals(), number=n) / n, flush=True)
            """;

    @Spec
    CommandSpec spec;

    @Option(names = "--statements", defaultValue = "20000",
            description = "Timed runs of the statement, after as many of warm-up (default: ${DEFAULT-VALUE}).")
    int statements;

    @Option(names = "--repeats", defaultValue = "21", description = "Timed loop runs of each side (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--no-python", description = "Skip the CPython baseline.")
    boolean noPython;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (statements < 1 || repeats < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--statements and --repeats must be positive");
        }
        out.println("load average before: " + LoadAverage.describe());
        NumpyBaseline.Conversation python = noPython ? null
                : NumpyBaseline.Conversation.start(out, PYTHON_SCRIPT, LOOP_CELL);
        try {
            if (python != null) {
                out.println("CPython " + python.greeting() + ", same machine, runs interleaved with ours");
            }
            statementOverhead(out, python);
            forLoop(out, python);
        } finally {
            if (python != null) {
                python.close();
            }
        }
        out.println("load average after: " + LoadAverage.describe());
        return 0;
    }

    private void statementOverhead(PrintWriter out, NumpyBaseline.Conversation python) throws IOException {
        PlaygroundSession session = new PlaygroundSession();
        check(session.runCell("""
                import numpy as np
                import jax.numpy as jnp
                xn = np.arange(9.0).reshape(3, 3)
                vn = np.array([0.5, 2.0])
                xj = jnp.arange(9.0).reshape(3, 3)
                vj = jnp.array([0.5, 2.0])
                """));
        String[] cells = {"y = xn[::2, ::2] * vn", "y = xj[::2, ::2] * vj"};
        for (String cell : cells) {
            for (int i = 0; i < statements; i++) {
                check(session.runCell(cell));
            }
        }
        // Interleaved in blocks, so that a burst of load elsewhere falls on every side alike.
        int blocks = 10;
        int perBlock = Math.max(1, statements / blocks);
        double[][] micros = new double[2][blocks * perBlock];
        double[] cpython = new double[blocks];
        for (int block = 0; block < blocks; block++) {
            for (int side = 0; side < 2; side++) {
                for (int i = 0; i < perBlock; i++) {
                    long start = System.nanoTime();
                    CellResult result = session.runCell(cells[side]);
                    micros[side][block * perBlock + i] = (System.nanoTime() - start) / 1e3;
                    check(result);
                }
            }
            cpython[block] = python == null ? Double.NaN : Double.parseDouble(python.ask("statement " + perBlock)) * 1e6;
        }
        out.printf(Locale.ROOT, "per-statement overhead, y = x[::2, ::2] * v on 3x3 through PlaygroundSession.runCell, "
                + "median of %d runs: np %.1f us, jnp %.1f us (target: under 100 us); NumPy's own statement %.2f us%n",
                micros[0].length, median(micros[0]), median(micros[1]), median(cpython));
    }

    private void forLoop(PrintWriter out, NumpyBaseline.Conversation python) throws IOException {
        PlaygroundSession session = new PlaygroundSession();
        for (int i = 0; i < 30; i++) {
            check(session.runCell(LOOP_CELL));
            if (python != null) {
                python.ask("loop");
            }
        }
        double[] ours = new double[repeats];
        double[] theirs = new double[repeats];
        double ourCpu = 0;
        double theirCpu = 0;
        for (int run = 0; run < repeats; run++) {
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            CellResult result = session.runCell(LOOP_CELL);
            ours[run] = (System.nanoTime() - start) / 1e6;
            ourCpu += (processCpuNanos() - cpu) / 1e6;
            check(result);
            if (python != null) {
                String[] reply = python.ask("loop").split(" ");
                theirs[run] = Double.parseDouble(reply[0]) * 1e3;
                theirCpu += Double.parseDouble(reply[1]) * 1e3;
            } else {
                theirs[run] = Double.NaN;
            }
        }
        out.printf(Locale.ROOT, "10,000-iteration for loop of scalar arithmetic, %d runs: playground median %.2f ms "
                + "(fastest %.2f), CPython median %.2f ms (fastest %.2f); ratio of medians %.1fx, of fastest %.1fx "
                + "(target: within 20x)%n", repeats, median(ours), min(ours), median(theirs), min(theirs),
                median(ours) / median(theirs), min(ours) / min(theirs));
        // On a loaded machine a 1 ms python3 run mostly escapes preemption where a longer one does not; CPU time
        // (all of our process's threads, JIT and GC included) shows the work itself.
        out.printf(Locale.ROOT, "  CPU time per run: playground %.2f ms (whole process), CPython %.2f ms; ratio %.1fx%n",
                ourCpu / repeats, theirCpu / repeats, ourCpu / theirCpu);
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0L;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static void check(CellResult result) {
        if (result.error().isPresent()) {
            throw new IllegalStateException(result.error().get().render());
        }
    }


    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
