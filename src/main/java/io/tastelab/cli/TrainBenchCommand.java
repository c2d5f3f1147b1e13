package io.tastelab.cli;

import io.tastelab.engine.evaluation.EvaluationData;
import io.tastelab.engine.evaluation.ItemOrder;
import io.tastelab.engine.evaluation.Split;
import io.tastelab.engine.evaluation.SplitKind;
import io.tastelab.engine.evaluation.Splits;
import io.tastelab.engine.evaluation.StageFigure;
import io.tastelab.engine.evaluation.StageMeter;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.models.ModelParams;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.models.TrainingListener;
import io.tastelab.engine.task.Progress;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code tastelab bench train}: training alone, without ranking. Loads the data and splits it as {@code evaluate}
 * does, then trains each recommender {@code --repeats} times in turn (round by round, so a load change hits every
 * recommender alike) and prints each run's wall and process CPU time, the CPU time per training interaction (the
 * figure to compare between data sizes), the heap's peak and the load average.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Benchmarks training only: split like evaluate, train each recommender --repeats times, "
                + "print wall and CPU seconds per run, CPU per training interaction and the load average.")
final class TrainBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static final class Source {
        @Option(names = "--workspace", paramLabel = "FILE", description = "A workspace with interactions.")
        Path workspace;

        @Option(names = "--interactions", paramLabel = "CSV", description = "A user,item,value[,timestamp] file (.csv or .csv.gz).")
        Path interactions;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Mixin
    SplitOptions splitting;

    @Option(names = "--recommenders", split = ",", required = true, paramLabel = "NAME",
            completionCandidates = RecommenderNames.Evaluable.class,
            description = "Comma-separated, from: ${COMPLETION-CANDIDATES}.")
    List<String> recommenders;

    @Option(names = "--repeats", defaultValue = "3", description = "Trainings of each recommender (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Override
    public Integer call() throws IOException {
        if (repeats < 1) {
            throw new ParameterException(spec.commandLine(), "--repeats must be at least 1, got " + repeats);
        }
        List<RecommenderKind> kinds = recommenders.stream().map(RecommenderKind::byName).toList();
        ModelParams modelParams = ModelParams.parse(splitting.params);
        PrintWriter out = spec.commandLine().getOut();
        StageMeter meter = new StageMeter();
        EvaluationData data = meter.measure("load", "", this::load);
        Split parts = meter.measure("split", "", () -> Splits.of(SplitKind.byName(splitting.split), data.interactions(),
                ItemOrder.of(data.itemIds(), item -> data.interactions().columnLength(item) > 0), splitting.holdout, splitting.seed));
        InteractionMatrix train = parts.train();
        for (StageFigure figure : meter.figures()) {
            out.println(EvaluationReportFormat.stageLine(figure));
        }
        out.printf(Locale.ROOT, "data: %s, %,d users × %,d items; training part %,d interactions (%s)%n", data.name(),
                train.userCount(), train.itemCount(), train.nnz(), splitting.split);
        out.println("load average before: " + LoadAverage.describe());
        out.flush();
        List<List<StageFigure>> runs = new ArrayList<>();
        kinds.forEach(kind -> runs.add(new ArrayList<>()));
        for (int round = 1; round <= repeats; round++) {
            for (int r = 0; r < kinds.size(); r++) {
                RecommenderKind kind = kinds.get(r);
                // Each run starts from a collected heap, not paying for the garbage of the one before.
                System.gc();
                meter.measure("train", kind.cliName(),
                        () -> kind.train(train, data.itemIds(), modelParams, splitting.seed, Progress.NONE, TrainingListener.NONE));
                StageFigure figure = meter.figures().getLast();
                runs.get(r).add(figure);
                out.printf(Locale.ROOT, "train %-12s run %d/%d: wall %.2f s, CPU %.2f s, CPU per interaction %.3f µs, "
                                + "peak heap %.0f MiB, load %.2f%n", kind.cliName(), round, repeats, figure.seconds(),
                        figure.cpuSeconds(), perInteraction(figure.cpuSeconds(), train), figure.peakHeapBytes() / 1048576.0,
                        figure.loadAverage());
                out.flush();
            }
        }
        for (int r = 0; r < kinds.size(); r++) {
            double wall = median(runs.get(r).stream().mapToDouble(StageFigure::seconds).toArray());
            double cpu = median(runs.get(r).stream().mapToDouble(StageFigure::cpuSeconds).toArray());
            out.printf(Locale.ROOT, "median %-12s of %d: wall %.2f s, CPU %.2f s, CPU per interaction %.3f µs%n",
                    kinds.get(r).cliName(), repeats, wall, cpu, perInteraction(cpu, train));
        }
        out.println("load average after: " + LoadAverage.describe());
        return 0;
    }

    private EvaluationData load() throws IOException {
        return source.interactions != null ? EvaluationData.readCsv(source.interactions)
                : EvaluationData.load(source.workspace, Progress.NONE);
    }

    private static double perInteraction(double cpuSeconds, InteractionMatrix train) {
        return cpuSeconds * 1e6 / Math.max(1, train.nnz());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
