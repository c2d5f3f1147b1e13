package io.tastelab.cli;

import io.tastelab.engine.recommenders.TopKBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code tastelab bench}: times the most-popular selection on synthetic counts and, run by run in turn with it,
 * NumPy's argpartition + argsort on the very same counts (when python3 with NumPy is available).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {ReluMatmulBenchCommand.class, ArraysBenchCommand.class,
        PythonBenchCommand.class, JitBenchCommand.class,
        TrainBenchCommand.class},
        description = "Benchmarks: top-k most popular vs NumPy argpartition+argsort on the same counts.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--items", defaultValue = "10000000", description = "Number of items (default: ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "-k", defaultValue = "10", description = "How many to select (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--repeats", defaultValue = "15", description = "Timed runs after warm-up (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--seed", defaultValue = "42", description = "Seed for the counts (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-numpy", description = "Skip the NumPy baseline.")
    boolean noNumpy;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.println("load average before: " + LoadAverage.describe());
        try (NumpyTopKBaseline numpy = noNumpy ? null : new NumpyTopKBaseline(out)) {
            TopKBenchmark.Report report = TopKBenchmark.run(items, k, repeats, seed, numpy, out::println);
            out.println(report.render());
        }
        out.println("load average after: " + LoadAverage.describe());
        return 0;
    }
}
