package io.tastelab.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tastelab.engine.evaluation.EvaluationData;
import io.tastelab.engine.evaluation.EvaluationPlan;
import io.tastelab.engine.evaluation.EvaluationReport;
import io.tastelab.engine.evaluation.EvaluationRun;
import io.tastelab.engine.evaluation.ItemOrder;
import io.tastelab.engine.evaluation.MetricRow;
import io.tastelab.engine.evaluation.Split;
import io.tastelab.engine.evaluation.SplitKind;
import io.tastelab.engine.evaluation.Splits;
import io.tastelab.engine.evaluation.SyntheticTastes;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.models.ModelParams;
import io.tastelab.engine.models.TrainingListener;
import io.tastelab.engine.task.Progress;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Both engines on the same file: synthetic tastes written as a CSV whose rows are shuffled (so first-appearance
 * indices differ from id order), with coarse timestamps (many ties) and re-rated items. Spark runs in local[2]
 * in this JVM. Identical test sets for every split, identical metrics for most-popular and random (1e-12), ALS
 * nDCG@10 within ±10% relative (MLlib's Cholesky solver against the in-process conjugate gradient).
 */
class SparkCrossCheckIT {

    private static final long SEED = 5;
    private static final double EXACT = 1e-12;

    @TempDir
    static Path folder;
    private static SparkSession spark;
    private static Path csv;
    private static EvaluationData data;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("TasteLab cross-check")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "4")
                .getOrCreate();
        csv = folder.resolve("tastes.csv.gz");
        writeTastes(csv);
        data = EvaluationData.readCsv(csv);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void leaveLastOutSameTestSetsSameBaselinesAndAlsWithinTenPercent() {
        ModelParams params = ModelParams.parse(List.of("als.factors=16", "als.iterations=8"));
        List<RecommenderKind> kinds = List.of(RecommenderKind.RANDOM, RecommenderKind.MOST_POPULAR, RecommenderKind.ALS);
        SparkEvaluation.Outcome spark = runSpark(SplitKind.LEAVE_LAST_OUT, kinds, params, null);
        EvaluationReport local = runLocal(SplitKind.LEAVE_LAST_OUT, kinds, params);

        assertThat(sparkTestSet(spark)).isEqualTo(localTestSet(SplitKind.LEAVE_LAST_OUT));
        assertThat(spark.report().splitDescription()).isEqualTo(local.splitDescription());
        assertThat(spark.report().testUsers()).isEqualTo(local.testUsers()).isGreaterThan(900);
        assertSameMetrics(spark.report(), local, "random");
        assertSameMetrics(spark.report(), local, "most-popular");
        MetricRow sparkAls = row(spark.report(), "als", 10);
        MetricRow localAls = row(local, "als", 10);
        assertThat(sparkAls.ndcg()).isCloseTo(localAls.ndcg(), offset(0.10 * localAls.ndcg()));
        // Tastes are learnable: ALS must beat the popularity baseline on both engines, or the check proves little.
        assertThat(localAls.ndcg()).isGreaterThan(1.2 * row(local, "most-popular", 10).ndcg());
    }

    @Test
    void holdoutPicksTheSameInteractionsAndTheSameBaselineMetrics() {
        List<RecommenderKind> kinds = List.of(RecommenderKind.RANDOM, RecommenderKind.MOST_POPULAR);
        SparkEvaluation.Outcome spark = runSpark(SplitKind.HOLDOUT, kinds, ModelParams.DEFAULTS, null);
        EvaluationReport local = runLocal(SplitKind.HOLDOUT, kinds, ModelParams.DEFAULTS);
        assertThat(sparkTestSet(spark)).isEqualTo(localTestSet(SplitKind.HOLDOUT));
        assertSameMetrics(spark.report(), local, "random");
        assertSameMetrics(spark.report(), local, "most-popular");
    }

    /**
     * The app's "open workspace on Spark": the workspace numbers users and items its own way, Spark reads the
     * exported file and numbers them by first appearance. Here the in-process data is the file's, renumbered in
     * reverse (as a workspace's catalog order would be), against Spark on the file: the same metrics for random
     * (its scores go by ids, not by either numbering) and most-popular.
     */
    @Test
    void dataNumberedOtherwiseThanTheFileGetsTheSameBaselinesAsSparkOnTheFile() {
        EvaluationData renumbered = reversedNumbering(data);
        assertThat(renumbered.itemIds()[0]).isEqualTo(data.itemIds()[data.itemIds().length - 1]);
        List<RecommenderKind> kinds = List.of(RecommenderKind.RANDOM, RecommenderKind.MOST_POPULAR);
        for (SplitKind split : List.of(SplitKind.LEAVE_LAST_OUT, SplitKind.HOLDOUT)) {
            SparkEvaluation.Outcome spark = runSpark(split, kinds, ModelParams.DEFAULTS, null);
            EvaluationReport local = EvaluationRun.run(renumbered, new EvaluationPlan(split, 0.2, kinds, new int[] {5, 10}, SEED,
                    ModelParams.DEFAULTS), Progress.NONE, TrainingListener.NONE);
            assertSameMetrics(spark.report(), local, "random");
            assertSameMetrics(spark.report(), local, "most-popular");
        }
    }

    /**
     * The same interactions as Parquet, with the columns renamed and reordered (timestamp first, as Spark's
     * timestamp type) and named by --user-column and the rest: the same temporal test set and baselines as the
     * in-process engine on the CSV.
     */
    @Test
    void parquetWithNamedColumnsInAnotherOrderReadsAsTheCsv() {
        Path parquet = folder.resolve("tastes.parquet");
        spark.read().option("header", true).csv(csv.toString())
                .select(org.apache.spark.sql.functions.timestamp_seconds(org.apache.spark.sql.functions.col("timestamp").cast("long")).as("when"),
                        org.apache.spark.sql.functions.col("rating").cast("double").as("stars"),
                        org.apache.spark.sql.functions.col("item").cast("int").as("movieId"),
                        org.apache.spark.sql.functions.col("user").as("userId"))
                .write().parquet(parquet.toString());
        List<RecommenderKind> kinds = List.of(RecommenderKind.RANDOM, RecommenderKind.MOST_POPULAR);
        SparkEvaluation.Outcome fromParquet = SparkEvaluation.run(spark, new SparkEvaluation.Request(parquet.toString(), "auto",
                new InteractionsSource.Columns("userId", "movieId", "stars", "when"), SplitKind.TEMPORAL, 0.2, kinds,
                new int[] {5, 10}, SEED, ModelParams.DEFAULTS, null));
        EvaluationReport local = runLocal(SplitKind.TEMPORAL, kinds, ModelParams.DEFAULTS);
        assertThat(sparkTestSet(fromParquet)).isEqualTo(localTestSet(SplitKind.TEMPORAL));
        assertThat(fromParquet.report().testUsers()).isEqualTo(local.testUsers()).isPositive();
        assertSameMetrics(fromParquet.report(), local, "random");
        assertSameMetrics(fromParquet.report(), local, "most-popular");
    }

    @Test
    void aColumnNamedButAbsentIsRefusedWithTheColumnsThereAre() {
        var commandLine = SparkMain.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute("evaluate", "--interactions", csv.toString(), "--user-column", "userId",
                "--recommenders", "most-popular");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(csv.toString(), "no column 'userId' for the user", "[user, item, rating, timestamp]");
    }

    @Test
    void temporalThroughTheCommandLinePrintsTheCliJsonPlusTheEngineAndWritesTheLists() throws Exception {
        Path lists = folder.resolve("lists.parquet");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = SparkMain.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute("evaluate", "--interactions", csv.toString(), "--split", "temporal", "--holdout", "0.25",
                "--recommenders", "most-popular,random", "-k", "5,10", "--seed", Long.toString(SEED), "--json",
                "--recommendations-out", lists.toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("engine").asText()).isEqualTo("spark");
        assertThat(json.get("master").asText()).isEqualTo("local[2]");
        assertThat(json.get("executors").asInt()).isPositive();
        assertThat(json.get("spark_version").asText()).startsWith("4.");

        EvaluationReport local = runLocal(SplitKind.TEMPORAL, 0.25, List.of(RecommenderKind.MOST_POPULAR, RecommenderKind.RANDOM),
                ModelParams.DEFAULTS);
        JsonNode expected = new ObjectMapper().readTree(io.tastelab.cli.EvaluationReportFormat.json(local).toString());
        for (String field : List.of("split", "split_description", "data", "test_users")) {
            assertThat(json.get(field)).as(field).isEqualTo(expected.get(field));
        }
        assertThat(json.get("results")).hasSameSizeAs(expected.get("results"));
        for (int r = 0; r < expected.get("results").size(); r++) {
            JsonNode want = expected.get("results").get(r);
            JsonNode got = json.get("results").get(r);
            assertThat(got.get("recommender")).isEqualTo(want.get("recommender"));
            for (String metric : List.of("precision", "recall", "ndcg", "map", "mrr", "hit_rate", "coverage", "popularity_bias")) {
                assertThat(got.get(metric).asDouble()).as(want.get("recommender") + " " + metric)
                        .isCloseTo(want.get(metric).asDouble(), offset(EXACT));
            }
            assertThat(got.get("users")).isEqualTo(want.get("users"));
            assertThat(got.get("cold_start_users")).isEqualTo(want.get("cold_start_users"));
        }

        List<Row> written = spark.read().parquet(lists.toString()).where("recommender = 'most-popular'")
                .select("user", "rank", "item").collectAsList();
        assertThat(written.stream().map(row -> row.getString(0)).distinct().count()).isEqualTo(local.testUsers());
        assertThat(written.stream().mapToInt(row -> row.getInt(1)).max().orElseThrow()).isEqualTo(10);
    }

    @Test
    void aValueThatIsNotANumberFailsWithThePathAndTheRow() throws IOException {
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "user,item,value\na,1,1\nb,2,lots\n");
        StringWriter err = new StringWriter();
        var commandLine = SparkMain.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute("evaluate", "--interactions", bad.toString(), "--recommenders", "most-popular");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(bad.toString()).contains("1 row(s)").contains("value 'lots'");
    }

    private static SparkEvaluation.Outcome runSpark(SplitKind split, List<RecommenderKind> kinds, ModelParams params, String out) {
        return SparkEvaluation.run(spark, new SparkEvaluation.Request(csv.toString(), "auto",
                new InteractionsSource.Columns(null, null, null, null), split, 0.2, kinds, new int[] {5, 10}, SEED, params, out));
    }

    private static EvaluationReport runLocal(SplitKind split, List<RecommenderKind> kinds, ModelParams params) {
        return runLocal(split, 0.2, kinds, params);
    }

    private static EvaluationReport runLocal(SplitKind split, double fraction, List<RecommenderKind> kinds, ModelParams params) {
        return EvaluationRun.run(data, new EvaluationPlan(split, fraction, kinds, new int[] {5, 10}, SEED, params), Progress.NONE,
                TrainingListener.NONE);
    }

    /** The same interactions with user index u as userCount − 1 − u and item index i as itemCount − 1 − i. */
    private static EvaluationData reversedNumbering(EvaluationData source) {
        InteractionMatrix matrix = source.interactions();
        int users = matrix.userCount();
        int items = matrix.itemCount();
        InteractionMatrix.Csr csr = matrix.csr();
        long[] times = matrix.timestamps();
        int nnz = matrix.nnz();
        int[] rows = new int[nnz];
        int[] columns = new int[nnz];
        String[] userIds = new String[users];
        for (int u = 0; u < users; u++) {
            userIds[users - 1 - u] = matrix.userId(u);
            for (int p = csr.rowPointers()[u]; p < csr.rowPointers()[u + 1]; p++) {
                rows[p] = users - 1 - u;
                columns[p] = items - 1 - csr.columnIndices()[p];
            }
        }
        String[] itemIds = new String[items];
        for (int i = 0; i < items; i++) {
            itemIds[items - 1 - i] = source.itemIds()[i];
        }
        return new EvaluationData(source.name(), InteractionMatrix.fromCoordinates(userIds, items, rows, columns, csr.values(), times,
                matrix.kinds(), nnz), itemIds);
    }

    private static Set<String> sparkTestSet(SparkEvaluation.Outcome outcome) {
        return outcome.split().test().select("user", "item").collectAsList().stream()
                .map(row -> row.getString(0) + "\t" + row.getString(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> localTestSet(SplitKind kind) {
        ItemOrder order = ItemOrder.of(data.itemIds());
        Split split = Splits.of(kind, data.interactions(), order, 0.2, SEED);
        Set<String> pairs = new TreeSet<>();
        for (int u = 0; u < split.testItems().length; u++) {
            for (int item : split.testItems()[u]) {
                pairs.add(data.interactions().userId(u) + "\t" + data.itemIds()[item]);
            }
        }
        assertThat(pairs).isNotEmpty();
        return pairs;
    }

    private static void assertSameMetrics(EvaluationReport spark, EvaluationReport local, String recommender) {
        for (int k : new int[] {5, 10}) {
            MetricRow got = row(spark, recommender, k);
            MetricRow want = row(local, recommender, k);
            String at = recommender + "@" + k + " ";
            assertThat(got.precision()).as(at + "precision").isCloseTo(want.precision(), offset(EXACT));
            assertThat(got.recall()).as(at + "recall").isCloseTo(want.recall(), offset(EXACT));
            assertThat(got.ndcg()).as(at + "nDCG").isCloseTo(want.ndcg(), offset(EXACT));
            assertThat(got.map()).as(at + "MAP").isCloseTo(want.map(), offset(EXACT));
            assertThat(got.mrr()).as(at + "MRR").isCloseTo(want.mrr(), offset(EXACT));
            assertThat(got.hitRate()).as(at + "hit rate").isCloseTo(want.hitRate(), offset(EXACT));
            assertThat(got.coverage()).as(at + "coverage").isCloseTo(want.coverage(), offset(EXACT));
            assertThat(got.popularityBias()).as(at + "popularity bias").isCloseTo(want.popularityBias(), offset(EXACT));
            assertThat(got.users()).as(at + "users").isEqualTo(want.users());
            assertThat(got.coldStartUsers()).as(at + "cold").isEqualTo(want.coldStartUsers());
        }
    }

    private static MetricRow row(EvaluationReport report, String recommender, int k) {
        Map<String, MetricRow> byKey = report.rows().stream()
                .collect(Collectors.toMap(r -> r.recommender() + "@" + r.k(), Function.identity()));
        return byKey.get(recommender + "@" + k);
    }

    /**
     * 1,000 users × 600 items of synthetic tastes: user ids "u…" (strings), item ids a permutation of 1..600
     * (numbers, so "9" before "10" matters), timestamps coarsened to 4 values (ties for leave-last-out and the
     * temporal cut-off), rows shuffled, and every 25th entry also rated earlier in the file at the same time (the
     * later row must win).
     */
    private static void writeTastes(Path file) throws IOException {
        InteractionMatrix matrix = SyntheticTastes.generate(SyntheticTastes.Shape.small(), SEED);
        InteractionMatrix.Csr csr = matrix.csr();
        long[] times = matrix.timestamps();
        List<String> lines = new ArrayList<>();
        List<String> earlier = new ArrayList<>();
        for (int u = 0; u < matrix.userCount(); u++) {
            for (int p = csr.rowPointers()[u]; p < csr.rowPointers()[u + 1]; p++) {
                String user = "u" + (u * 13 % 1000);
                String item = Integer.toString(csr.columnIndices()[p] * 37 % 600 + 1);
                long time = times[p] / 50_000_000L;
                lines.add(user + "," + item + "," + (int) csr.values()[p] + "," + time);
                if (p % 25 == 0) {
                    earlier.add(user + "," + item + ",9," + time);
                }
            }
        }
        Collections.shuffle(lines, new Random(SEED));
        try (Writer writer = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
            writer.write("user,item,rating,timestamp\n");
            for (String line : earlier) {
                writer.write(line + "\n");
            }
            for (String line : lines) {
                writer.write(line + "\n");
            }
        }
    }
}
