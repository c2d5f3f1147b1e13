package io.tastelab.spark;

import io.tastelab.engine.evaluation.HoldoutDraw;
import io.tastelab.engine.evaluation.SplitKind;
import io.tastelab.engine.evaluation.Splits;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

import java.util.Locale;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;

/**
 * The engine's three splits ({@code io.tastelab.engine.evaluation.Splits}) as DataFrame operations over
 * {@link IndexedInteractions#entries()}: a window per user, no interaction on the driver. Each marks every entry
 * with {@code test}; descriptions are the in-process ones word for word.
 */
final class SparkSplits {

    private SparkSplits() {
    }

    /**
     * @param train {@code user, uidx, iidx, value}: what models learn from
     * @param test  {@code user, item, uidx, iidx, value}: what they are judged on
     */
    record SparkSplit(String description, Dataset<Row> train, Dataset<Row> test) {
    }

    static SparkSplit of(SplitKind kind, IndexedInteractions data, double fraction, long seed) {
        if (kind != SplitKind.LEAVE_LAST_OUT && !(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("the test fraction must be between 0 and 1 (exclusive), got " + fraction);
        }
        return switch (kind) {
            case LEAVE_LAST_OUT -> leaveLastOut(data);
            case HOLDOUT -> holdout(data, fraction, seed);
            case TEMPORAL -> temporal(data, fraction);
        };
    }

    /** The latest entry of each user with at least 2; equal timestamps: the larger item id. */
    private static SparkSplit leaveLastOut(IndexedInteractions data) {
        WindowSpec perUser = Window.partitionBy("uidx");
        Dataset<Row> marked = data.entries()
                .withColumn("n", count(lit(1)).over(perUser))
                .withColumn("recency", row_number().over(perUser.orderBy(col("ts").desc(), col("rank").desc())))
                .withColumn("test", col("n").geq(2).and(col("recency").equalTo(1)));
        return split(marked, "leave-last-1-out by timestamp (ties: the larger item id)"
                + (data.hasTimestamps() ? "" : "; no timestamps, so every user's largest item id is held out"));
    }

    /** Per user with at least 2 entries, the round(f·n) with the smallest HoldoutDraw; ties to the smaller id. */
    private static SparkSplit holdout(IndexedInteractions data, double fraction, long seed) {
        // The engine's own draw and count (Java's Math.round), so both engines agree to the interaction.
        UserDefinedFunction draw = udf((UDF2<String, String, Long>) (user, item) -> HoldoutDraw.of(seed, user, item),
                DataTypes.LongType);
        UserDefinedFunction held = udf((UDF2<Long, Double, Integer>) (n, f) -> Splits.holdoutCount(Math.toIntExact(n), f),
                DataTypes.IntegerType);
        WindowSpec perUser = Window.partitionBy("uidx");
        Dataset<Row> marked = data.entries()
                .withColumn("draw", draw.apply(col("user"), col("item")))
                .withColumn("n", count(lit(1)).over(perUser))
                .withColumn("position", row_number().over(perUser.orderBy(col("draw"), col("rank"))))
                .withColumn("test", col("n").geq(2).and(col("position").leq(held.apply(col("n"), lit(fraction)))));
        return split(marked, String.format(Locale.ROOT, "random holdout of %.3g per user (seed %d)", fraction, seed));
    }

    /** One cut-off for everyone: the timestamp at position ⌊(1 − f)·nnz⌋ of all timestamps sorted. */
    private static SparkSplit temporal(IndexedInteractions data, double fraction) {
        if (!data.hasTimestamps()) {
            throw new IllegalArgumentException("a temporal split needs timestamps, and these interactions have none; "
                    + "use holdout instead");
        }
        long nnz = data.entries().count();
        long position = Math.min(nnz - 1, (long) Math.floor((1 - fraction) * nnz));
        long cutoff = nnz == 0 ? Long.MAX_VALUE : data.entries().select("ts").orderBy("ts").javaRDD().zipWithIndex()
                .filter(pair -> pair._2() == position).first()._1().getLong(0);
        Dataset<Row> marked = data.entries().withColumn("test", col("ts").geq(cutoff));
        return split(marked, String.format(Locale.ROOT, "global temporal: the last %.3g of interactions by time", fraction));
    }

    private static SparkSplit split(Dataset<Row> marked, String description) {
        // Marked once, read twice (train and test): keep it rather than run the window again.
        Dataset<Row> kept = marked.select("user", "item", "uidx", "iidx", "value", "test").persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> train = kept.where(not(col("test"))).select("user", "uidx", "iidx", "value");
        Dataset<Row> held = kept.where(col("test")).select("user", "item", "uidx", "iidx", "value");
        return new SparkSplit(description, train, held);
    }
}
