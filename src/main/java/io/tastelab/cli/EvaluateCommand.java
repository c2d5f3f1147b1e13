package io.tastelab.cli;

import io.tastelab.engine.evaluation.EvaluationData;
import io.tastelab.engine.evaluation.EvaluationPlan;
import io.tastelab.engine.evaluation.EvaluationReport;
import io.tastelab.engine.evaluation.EvaluationRun;
import io.tastelab.engine.evaluation.SplitKind;
import io.tastelab.engine.evaluation.StageMeter;
import io.tastelab.engine.evaluation.SyntheticTastes;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.models.ModelParams;
import io.tastelab.engine.models.TrainingListener;
import io.tastelab.engine.task.Progress;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tastelab evaluate}: trains recommenders on a split of the interactions and prints ranking metrics. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Offline evaluation: split the interactions, train each recommender on the training part, "
                + "and score its top-k lists on the test part (metrics at each k).")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static final class Source {
        @Option(names = "--workspace", paramLabel = "FILE", description = "A workspace with interactions.")
        Path workspace;

        @Option(names = "--interactions", paramLabel = "CSV", description = "A user,item,value[,timestamp] file (.csv or .csv.gz).")
        Path interactions;

        @Option(names = "--synthetic", description = "Synthetic taste data (1,000 users × 600 items), drawn from --seed.")
        boolean synthetic;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Mixin
    SplitOptions splitting;

    @Option(names = "--recommenders", split = ",", required = true, paramLabel = "NAME",
            completionCandidates = RecommenderNames.Evaluable.class,
            description = "Comma-separated, from: ${COMPLETION-CANDIDATES}.")
    List<String> recommenders;

    @Option(names = "-k", split = ",", defaultValue = "10", paramLabel = "K", description = "One or more list lengths, e.g. 10,20.")
    List<Integer> ks;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--quiet", description = "No progress on standard error.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        EvaluationPlan plan = new EvaluationPlan(SplitKind.byName(splitting.split), splitting.holdout,
                recommenders.stream().map(EvaluateCommand::evaluable).toList(), ks.stream().mapToInt(Integer::intValue).toArray(),
                splitting.seed, ModelParams.parse(splitting.params));
        PrintWriter err = spec.commandLine().getErr();
        boolean log = !quiet && !json;
        StageMeter meter = new StageMeter(figure -> {
            if (log) {
                err.println("  " + EvaluationReportFormat.stageLine(figure));
                err.flush();
            }
        });
        EvaluationData data = meter.measure("load", "", this::load);
        Progress progress = quiet || json ? Progress.NONE : new Progress() {
            private String last = "";

            @Override
            public void update(long done, long total, String message) {
                if (!message.equals(last)) {
                    last = message;
                    err.println("  " + message);
                }
            }
        };
        EvaluationReport report = EvaluationRun.run(data, plan, progress, TrainingListener.NONE, meter);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? toJson(report) : toText(report));
        return 0;
    }

    private static RecommenderKind evaluable(String name) {
        RecommenderKind kind = RecommenderKind.byName(name);
        if (!kind.evaluable()) {
            throw new IllegalArgumentException(kind.cliName() + " picks one random item, not a ranking, so it cannot be evaluated; "
                    + "choose from " + String.join(", ", RecommenderNames.Evaluable.NAMES));
        }
        return kind;
    }

    private EvaluationData load() throws IOException {
        if (source.synthetic) {
            return EvaluationData.synthetic(SyntheticTastes.Shape.small(), splitting.seed);
        }
        if (source.interactions != null) {
            return EvaluationData.readCsv(source.interactions);
        }
        return EvaluationData.load(source.workspace, Progress.NONE);
    }

    static String toJson(EvaluationReport report) {
        return EvaluationReportFormat.json(report).toString();
    }

    static String toText(EvaluationReport report) {
        return EvaluationReportFormat.text(report);
    }
}
