package io.tastelab.cli;

import io.tastelab.engine.evaluation.EvaluationData;
import io.tastelab.engine.models.ModelBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code tastelab bench-models}: ALS s/iteration, item-kNN similarities and top-10 for every user, on one file. */
@Command(name = "bench-models", mixinStandardHelpOptions = true,
        description = "Benchmarks: implicit ALS fits, item-kNN similarities, and top-10 for every user of a 100k subset.")
final class BenchModelsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--interactions", required = true, paramLabel = "CSV",
            description = "user,item,value file (.csv or .csv.gz), e.g. implicit_1m_6000x4000.csv.gz.")
    Path interactions;

    @Option(names = "--factors", defaultValue = "64", description = "ALS factors (default: ${DEFAULT-VALUE}).")
    int factors;

    @Option(names = "--iterations", defaultValue = "10", description = "ALS iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--repeats", defaultValue = "3", description = "Timed runs of each (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the initial factors (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.println("reading " + interactions + " ...");
        EvaluationData data = EvaluationData.readCsv(interactions);
        out.printf("%,d users × %,d items, %,d interactions; %d CPUs available to the JVM%n", data.interactions().userCount(),
                data.interactions().itemCount(), data.interactions().nnz(), Runtime.getRuntime().availableProcessors());
        for (ModelBenchmark.Timing timing : ModelBenchmark.run(data.interactions(), data.itemIds(), factors, iterations, repeats,
                seed, message -> {
                    out.println("  " + message);
                    out.flush();
                })) {
            out.println(timing.render());
        }
        return 0;
    }
}
