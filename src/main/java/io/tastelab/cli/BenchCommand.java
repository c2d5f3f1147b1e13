package io.tastelab.cli;

import io.tastelab.engine.recommenders.TopKBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code tastelab bench top-k}: times the most-popular selection on synthetic counts and, in the same run,
 * NumPy's argpartition + argsort on the very same counts (when python3 with NumPy is available).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {ReluMatmulBenchCommand.class, ArraysBenchCommand.class,
        PythonBenchCommand.class},
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
        TopKBenchmark.Report report = TopKBenchmark.run(items, k, repeats, seed, !noNumpy, out::println);
        out.println(report.render());
        return 0;
    }
}
