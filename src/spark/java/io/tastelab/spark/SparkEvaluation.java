package io.tastelab.spark;

import io.tastelab.engine.evaluation.EvaluationReport;
import io.tastelab.engine.evaluation.MetricRow;
import io.tastelab.engine.evaluation.SplitKind;
import io.tastelab.engine.models.ImplicitAls;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.models.ModelParams;
import io.tastelab.spark.SparkSplits.SparkSplit;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.sum;

/**
 * {@code tastelab evaluate} on Spark: read, index, split, then per recommender train (MLlib ALS for {@code als})
 * and score every test user's top max(k) on the executors. The result is the engine's own
 * {@link EvaluationReport}, so the CLI's JSON and table print it unchanged.
 */
final class SparkEvaluation {

    /** The recommenders that run on Spark. */
    static final List<RecommenderKind> SUPPORTED = List.of(RecommenderKind.RANDOM, RecommenderKind.MOST_POPULAR, RecommenderKind.ALS);

    /**
     * @param recommendationsOut where to write every evaluated user's top max(k) as Parquet, or null
     */
    record Request(String path, String format, InteractionsSource.Columns columns, SplitKind split, double holdout,
                   List<RecommenderKind> recommenders, int[] ks, long seed, ModelParams params, String recommendationsOut) {
    }

    /** The report plus the split itself (the cross-check test compares test sets). */
    record Outcome(EvaluationReport report, SparkSplit split) {
    }

    private SparkEvaluation() {
    }

    static Outcome run(SparkSession spark, Request request) {
        for (RecommenderKind kind : request.recommenders()) {
            if (!SUPPORTED.contains(kind)) {
                throw new IllegalArgumentException("the Spark engine runs " + SUPPORTED.stream().map(RecommenderKind::cliName).toList()
                        + "; '" + kind.cliName() + "' runs in-process only (tastelab evaluate)");
            }
        }
        request.params().requireKnown(RecommenderKind.knownParameters());
        ImplicitAls.Settings als = ImplicitAls.Settings.from(request.params());
        if (request.recommenders().contains(RecommenderKind.ALS) && !als.scaleRegularization()) {
            throw new IllegalArgumentException("MLlib's ALS always scales λ by the row's count; als.scale-regularization=false "
                    + "runs in-process only");
        }
        Dataset<Row> typed = InteractionsSource.read(spark, request.path(), request.format(), request.columns())
                .persist(StorageLevel.MEMORY_AND_DISK());
        InteractionsSource.requireValid(typed, request.path());
        IndexedInteractions data = IndexedInteractions.of(spark, typed);
        SparkSplit split = SparkSplits.of(request.split(), data, request.holdout(), request.seed());
        typed.unpersist();

        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int itemCount = data.itemCount();
        boolean[] candidates = new boolean[itemCount];
        long[] popularity = new long[itemCount];
        for (Row row : split.train().groupBy("iidx").agg(count(lit(1)).as("users")).collectAsList()) {
            candidates[row.getInt(0)] = true;
            popularity[row.getInt(0)] = row.getLong(1);
        }
        int candidateCount = 0;
        for (boolean candidate : candidates) {
            candidateCount += candidate ? 1 : 0;
        }
        Broadcast<long[]> popularityShared = context.broadcast(popularity);
        SparkRanking.Items items = new SparkRanking.Items(context.broadcast(data.itemIds()), context.broadcast(candidates),
                popularityShared);

        Dataset<Row> testUsers = split.test().groupBy("uidx").agg(first("user").as("user"), collect_list("iidx").as("test"));
        Dataset<Row> histories = split.train().groupBy("uidx").agg(collect_list("iidx").as("history"));
        Dataset<Row> users = testUsers.join(histories, new String[] {"uidx"}, "left").select("uidx", "user", "test", "history")
                .persist(StorageLevel.MEMORY_AND_DISK());

        int maxK = request.ks()[request.ks().length - 1];
        List<MetricRow> rows = new ArrayList<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        long testUserCount = users.count();
        List<Dataset<Row>> recommendations = new ArrayList<>();
        for (RecommenderKind kind : request.recommenders()) {
            long start = System.nanoTime();
            Dataset<Row> input;
            SparkRanking.RankUsers rank;
            if (kind == RecommenderKind.ALS) {
                ALSModel model = new ALS().setImplicitPrefs(true).setRank(als.factors()).setMaxIter(als.iterations())
                        .setRegParam(als.regularization()).setAlpha(als.alpha()).setSeed(request.seed())
                        .setUserCol("uidx").setItemCol("iidx").setRatingCol("value").fit(split.train());
                float[][] factors = new float[itemCount][];
                for (Row row : model.itemFactors().collectAsList()) {
                    factors[row.getInt(0)] = SparkRanking.floats(row.getList(1));
                }
                input = users.join(model.userFactors().withColumnRenamed("id", "uidx"), new String[] {"uidx"}, "left")
                        .select("uidx", "user", "test", "history", "features");
                rank = new SparkRanking.RankUsers(SparkRanking.Kind.ALS, request.seed(), maxK, items, context.broadcast(factors));
            } else {
                input = users.withColumn("features", lit(null).cast("array<float>"));
                rank = new SparkRanking.RankUsers(kind == RecommenderKind.RANDOM ? SparkRanking.Kind.RANDOM : SparkRanking.Kind.MOST_POPULAR,
                        request.seed(), maxK, items, null);
            }
            seconds.put(kind.cliName(), (System.nanoTime() - start) / 1e9);
            Dataset<Row> ranked = input.mapPartitions(rank, Encoders.row(SparkRanking.RANKED)).persist(StorageLevel.MEMORY_AND_DISK());
            rows.addAll(summarize(kind.cliName(), ranked, request.ks(), popularityShared, candidateCount));
            if (request.recommendationsOut() != null) {
                recommendations.add(ranked.select(lit(kind.cliName()).as("recommender"), col("user"),
                        posexplode(org.apache.spark.sql.functions.arrays_zip(col("item_ids"), col("scores")))));
            } else {
                ranked.unpersist();
            }
        }
        if (request.recommendationsOut() != null) {
            Dataset<Row> all = recommendations.stream().reduce(Dataset::unionByName).orElseThrow()
                    .select(col("recommender"), col("user"), col("pos").plus(1).as("rank"), col("col.item_ids").as("item"),
                            col("col.scores").as("score"));
            all.write().parquet(request.recommendationsOut());
        }
        users.unpersist();
        EvaluationReport report = new EvaluationReport(dataName(request.path()), request.split(), split.description(),
                Math.toIntExact(testUserCount), rows, seconds);
        return new Outcome(report, split);
    }

    /** The engine's averages (over users with test items), coverage and popularity bias, at each k. */
    private static List<MetricRow> summarize(String recommender, Dataset<Row> ranked, int[] ks, Broadcast<long[]> popularity,
                                             int candidateCount) {
        Dataset<Row> perUser = ranked.flatMap(new SparkRanking.UserMetrics(ks, popularity), Encoders.row(SparkRanking.PER_USER));
        Map<Integer, Row> sums = new HashMap<>();
        for (Row row : perUser.groupBy("k").agg(count(lit(1)), sum("cold"), sum("precision"), sum("recall"), sum("ndcg"),
                sum("map"), sum("mrr"), sum("hit_rate"), sum("popularity_sum"), sum("recommended")).collectAsList()) {
            sums.put(row.getInt(0), row);
        }
        List<MetricRow> rows = new ArrayList<>();
        for (int k : ks) {
            long distinct = ranked.select(posexplode(col("items"))).where(col("pos").lt(k)).agg(countDistinct(col("col")))
                    .first().getLong(0);
            Row s = sums.get(k);
            long users = s == null ? 0 : s.getLong(1);
            double n = Math.max(users, 1);
            long recommended = s == null ? 0 : s.getLong(10);
            rows.add(new MetricRow(recommender, k,
                    s == null ? 0 : s.getDouble(3) / n, s == null ? 0 : s.getDouble(4) / n, s == null ? 0 : s.getDouble(5) / n,
                    s == null ? 0 : s.getDouble(6) / n, s == null ? 0 : s.getDouble(7) / n, s == null ? 0 : s.getDouble(8) / n,
                    candidateCount == 0 ? 0 : (double) distinct / candidateCount,
                    recommended == 0 ? 0 : s.getDouble(9) / recommended,
                    Math.toIntExact(users), s == null ? 0 : Math.toIntExact(s.getLong(2)), Double.NaN, Double.NaN));
        }
        return rows;
    }

    private static String dataName(String path) {
        String trimmed = path.replaceAll("/+$", "");
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
