package io.tastelab.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tastelab.cli.EvaluationReportFormat;
import io.tastelab.cli.SplitOptions;
import io.tastelab.engine.evaluation.SplitKind;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.models.ModelParams;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code evaluate}: the options of {@code tastelab evaluate}, plus where and how to read the data on a cluster. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Split the interactions, train each recommender on the training part and score its top-k lists "
                + "on the test part, on Spark; prints what `tastelab evaluate` prints.")
final class SparkEvaluateCommand implements Callable<Integer> {

    /** The session this process created (stopped on exit), or null when it joined one that was running. */
    private static SparkSession created;

    @Spec
    CommandSpec spec;

    @Option(names = "--interactions", required = true, paramLabel = "PATH",
            description = "CSV (gzip too) or Parquet, on any path Spark reads (file:, hdfs:, s3a:, ...).")
    String interactions;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto (Parquet for .parquet, else CSV), csv or parquet (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--user-column", paramLabel = "NAME", description = "Default: the first column.")
    String userColumn;

    @Option(names = "--item-column", paramLabel = "NAME", description = "Default: the second column.")
    String itemColumn;

    @Option(names = "--value-column", paramLabel = "NAME", description = "Default: the third column.")
    String valueColumn;

    @Option(names = "--timestamp-column", paramLabel = "NAME", description = "Default: the fourth column, if any.")
    String timestampColumn;

    @Mixin
    SplitOptions splitting;

    @Option(names = "--recommenders", split = ",", required = true, paramLabel = "NAME",
            description = "Comma-separated: random, most-popular, als.")
    List<String> recommenders;

    @Option(names = "-k", split = ",", defaultValue = "10", paramLabel = "K", description = "One or more list lengths, e.g. 10,20.")
    List<Integer> ks;

    @Option(names = "--recommendations-out", paramLabel = "PATH",
            description = "Also write every evaluated user's top max(k) here as Parquet (recommender, user, rank, item, score).")
    String recommendationsOut;

    @Option(names = "--json", description = "Print one JSON object: tastelab evaluate's, plus engine, master and executors.")
    boolean json;

    @Override
    public Integer call() {
        int[] lengths = ks.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        if (lengths[0] < 1) {
            throw new IllegalArgumentException("k must be 1 or more, got " + ks);
        }
        SparkEvaluation.Request request = new SparkEvaluation.Request(interactions, format,
                new InteractionsSource.Columns(userColumn, itemColumn, valueColumn, timestampColumn), SplitKind.byName(splitting.split),
                splitting.holdout, recommenders.stream().map(RecommenderKind::byName).distinct().toList(), lengths, splitting.seed,
                ModelParams.parse(splitting.params), recommendationsOut);
        SparkSession spark = session();
        SparkEvaluation.Outcome outcome = SparkEvaluation.run(spark, request);
        if (json) {
            ObjectNode root = EvaluationReportFormat.json(outcome.report());
            root.put("engine", "spark");
            root.put("spark_version", spark.version());
            root.put("master", spark.sparkContext().master());
            root.put("executors", Math.max(1, spark.sparkContext().statusTracker().getExecutorInfos().length - 1));
            root.put("default_parallelism", spark.sparkContext().defaultParallelism());
            spec.commandLine().getOut().println(root);
        } else {
            spec.commandLine().getOut().println(EvaluationReportFormat.text(outcome.report()) + "\nengine: Spark "
                    + spark.version() + " on " + spark.sparkContext().master());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The running session, or a new one; with no master configured at all (plain java -jar), local[*]. */
    private static synchronized SparkSession session() {
        SparkSession.Builder builder = SparkSession.builder().appName("TasteLab evaluate");
        if (SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty()) {
            if (!new SparkConf().contains("spark.master")) {
                builder.master("local[*]");
            }
            created = builder.getOrCreate();
            return created;
        }
        return builder.getOrCreate();
    }

    static synchronized void stopSession() {
        if (created != null) {
            created.stop();
            created = null;
        }
    }
}
