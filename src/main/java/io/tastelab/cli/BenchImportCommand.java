package io.tastelab.cli;

import io.tastelab.engine.exchange.ImportBenchmark;
import io.tastelab.engine.workspace.OpenBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code tastelab bench-import}: import a MovieLens ratings.csv (or a generated one) into a fresh workspace, then
 * popularity from the interactions vs NumPy bincount on the same data, in the same run.
 */
@Command(name = "bench-import", mixinStandardHelpOptions = true,
        description = "Benchmark: import ratings.csv into a workspace (rows/s, heap), open it, and popularity from "
                + "interactions vs NumPy bincount on the same data; or, with --open, opening a workspace until its "
                + "interactions are ready, SQLite only vs its fast-open copy.")
final class BenchImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--ratings", paramLabel = "FILE", description = "A MovieLens ratings.csv (default: generate one).")
    Path ratings;

    @Option(names = "--items", paramLabel = "FILE", description = "Its movies.csv.")
    Path items;

    @Option(names = "--generate", defaultValue = "25000000", description = "Ratings to generate without --ratings (default: ${DEFAULT-VALUE}).")
    long generate;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for generated ratings (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--repeats", defaultValue = "15", description = "Timed popularity runs (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for generated files and the workspace (default: a temp folder).")
    Path work;

    @Option(names = "--no-numpy", description = "Skip the NumPy baseline.")
    boolean noNumpy;

    @Option(names = "--open", paramLabel = "WORKSPACE", description = "Instead: time opening this workspace until its "
            + "interactions are ready, from SQLite only, with a cold fast-open copy and with a warm one, interleaved.")
    Path open;

    @Option(names = "--rounds", defaultValue = "5", description = "With --open: rounds of the three ways (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (open != null) {
            out.println("load average before: " + LoadAverage.describe());
            OpenBenchmark.Report report = OpenBenchmark.run(open, rounds, LoadAverage::describe, line -> {
                out.println(line);
                out.flush();
            });
            out.println(report.render());
            out.println("load average after: " + LoadAverage.describe());
            return 0;
        }
        Path folder = work != null ? work : Files.createTempDirectory("tastelab-bench");
        ImportBenchmark.Report report = ImportBenchmark.run(ratings, items, generate, seed, repeats, !noNumpy, folder,
                line -> {
                    out.println(line);
                    out.flush();
                });
        out.println(report.render());
        return 0;
    }
}
