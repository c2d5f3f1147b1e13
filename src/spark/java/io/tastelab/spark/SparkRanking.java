package io.tastelab.spark;

import io.tastelab.engine.evaluation.ItemOrder;
import io.tastelab.engine.evaluation.Metrics;
import io.tastelab.engine.evaluation.TopN;
import io.tastelab.engine.models.RandomScorer;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Executor-side work, one user at a time, with the engine's own code: scores for every item, the top max(k)
 * candidates by {@link TopN} (items seen in training minus the user's own, ties to the smaller id by
 * {@link ItemOrder}), and each metric at each k by {@link Metrics}. What is item-sized (ids, candidates,
 * popularity, ALS item factors) is broadcast; users stream through.
 */
final class SparkRanking {

    /** How a recommender scores one user. */
    enum Kind { RANDOM, MOST_POPULAR, ALS }

    /** Output of {@link RankUsers}: one row per user with test items. */
    static final StructType RANKED = new StructType()
            .add("user", DataTypes.StringType, false)
            .add("cold", DataTypes.BooleanType, false)
            .add("test", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
            .add("items", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
            .add("item_ids", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("scores", DataTypes.createArrayType(DataTypes.FloatType, false), false);

    /** Output of {@link UserMetrics}: one row per (user, k). */
    static final StructType PER_USER = new StructType()
            .add("k", DataTypes.IntegerType, false)
            .add("cold", DataTypes.IntegerType, false)
            .add("precision", DataTypes.DoubleType, false)
            .add("recall", DataTypes.DoubleType, false)
            .add("ndcg", DataTypes.DoubleType, false)
            .add("map", DataTypes.DoubleType, false)
            .add("mrr", DataTypes.DoubleType, false)
            .add("hit_rate", DataTypes.DoubleType, false)
            .add("popularity_sum", DataTypes.DoubleType, false)
            .add("recommended", DataTypes.LongType, false);

    private SparkRanking() {
    }

    /** What every executor needs about the items. */
    record Items(Broadcast<String[]> ids, Broadcast<boolean[]> candidates, Broadcast<long[]> popularity) implements java.io.Serializable {
    }

    /**
     * Input rows: {@code uidx, user, test (array<int>), history (array<int> or null), features (array<float>
     * or null; ALS only)}. A user the model does not know (ALS without training entries) gets the popularity
     * fallback and counts as cold, as in {@code Evaluator}.
     */
    static final class RankUsers implements MapPartitionsFunction<Row, Row> {
        @Serial
        private static final long serialVersionUID = 1L;
        private final Kind kind;
        private final long seed;
        private final int maxK;
        private final Items items;
        private final Broadcast<float[][]> itemFactors;

        RankUsers(Kind kind, long seed, int maxK, Items items, Broadcast<float[][]> itemFactors) {
            this.kind = kind;
            this.seed = seed;
            this.maxK = maxK;
            this.items = items;
            this.itemFactors = itemFactors;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> users) {
            String[] ids = items.ids().value();
            boolean[] candidates = items.candidates().value();
            long[] popularity = items.popularity().value();
            float[][] factors = itemFactors == null ? null : itemFactors.value();
            ItemOrder order = ItemOrder.of(ids);
            // Keyed by the user's and items' ids, as in-process: no index of this job's numbering enters a score.
            RandomScorer random = kind == Kind.RANDOM ? new RandomScorer(new String[0], ids, seed) : null;
            float[] scores = new float[ids.length];
            boolean[] seen = new boolean[ids.length];
            List<Row> out = new ArrayList<>();
            while (users.hasNext()) {
                Row user = users.next();
                int[] history = ints(user.isNullAt(3) ? null : user.getList(3));
                for (int item : history) {
                    seen[item] = true;
                }
                boolean known = switch (kind) {
                    case RANDOM -> {
                        random.score(user.getString(1), scores);
                        yield true;
                    }
                    case MOST_POPULAR -> true;
                    case ALS -> {
                        if (user.isNullAt(4)) {
                            yield false;
                        }
                        float[] userFactors = floats(user.getList(4));
                        for (int item = 0; item < scores.length; item++) {
                            scores[item] = factors[item] == null ? 0f : dot(userFactors, factors[item]);
                        }
                        yield true;
                    }
                };
                boolean cold = !known;
                if (kind == Kind.MOST_POPULAR || cold) {
                    for (int item = 0; item < scores.length; item++) {
                        scores[item] = popularity[item];
                    }
                }
                int[] list = TopN.select(scores, item -> candidates[item] && !seen[item], order, maxK);
                for (int item : history) {
                    seen[item] = false;
                }
                Integer[] listed = new Integer[list.length];
                String[] listedIds = new String[list.length];
                Float[] listedScores = new Float[list.length];
                for (int r = 0; r < list.length; r++) {
                    listed[r] = list[r];
                    listedIds[r] = ids[list[r]];
                    listedScores[r] = scores[list[r]];
                }
                out.add(RowFactory.create(user.getString(1), cold, user.getList(2).toArray(Integer[]::new), listed,
                        listedIds, listedScores));
            }
            return out.iterator();
        }
    }

    /** Each metric of one user's list at each k (README's definitions, via the engine's {@link Metrics}). */
    static final class UserMetrics implements FlatMapFunction<Row, Row> {
        @Serial
        private static final long serialVersionUID = 1L;
        private final int[] ks;
        private final Broadcast<long[]> popularity;

        UserMetrics(int[] ks, Broadcast<long[]> popularity) {
            this.ks = ks.clone();
            this.popularity = popularity;
        }

        @Override
        public Iterator<Row> call(Row user) {
            long[] counts = popularity.value();
            int cold = user.getBoolean(1) ? 1 : 0;
            int[] relevant = ints(user.getList(2));
            Arrays.sort(relevant);
            int[] list = ints(user.getList(3));
            List<Row> out = new ArrayList<>(ks.length);
            for (int k : ks) {
                int[] ranked = list.length > k ? Arrays.copyOf(list, k) : list;
                double popularitySum = 0;
                for (int item : ranked) {
                    popularitySum += counts[item];
                }
                out.add(RowFactory.create(k, cold, Metrics.precision(ranked, relevant, k), Metrics.recall(ranked, relevant, k),
                        Metrics.ndcg(ranked, relevant, k), Metrics.averagePrecision(ranked, relevant, k),
                        Metrics.reciprocalRank(ranked, relevant, k), Metrics.hitRate(ranked, relevant, k), popularitySum,
                        (long) ranked.length));
            }
            return out.iterator();
        }
    }

    private static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int f = 0; f < a.length; f++) {
            sum += a[f] * b[f];
        }
        return sum;
    }

    static int[] ints(List<?> values) {
        if (values == null) {
            return new int[0];
        }
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) values.get(i)).intValue();
        }
        return out;
    }

    static float[] floats(List<?> values) {
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) values.get(i)).floatValue();
        }
        return out;
    }
}
