package io.tastelab.spark;

import io.tastelab.engine.evaluation.ItemOrder;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

/**
 * Interactions as the in-process engine indexes them, computed with DataFrame operations: users and items
 * numbered in order of first appearance (as {@code EvaluationData.readCsv} does; no result depends on the
 * numbering but ALS's random start, since splits, ties and the random baseline go by ids), and one entry per
 * (user, item): the latest by
 * timestamp, the later in input order on equal timestamps, a missing timestamp older than any.
 *
 * <p>Only item-sized data comes to the driver (the ids, for the tie order and the broadcasts); interactions and
 * users stay distributed.
 *
 * @param entries       {@code user, item, uidx, iidx, rank, value, ts}: one row per (user, item); {@code rank} is
 *                      the item's position in id order, {@code ts} is {@link Long#MIN_VALUE} when absent
 * @param itemIds       item ids by index
 * @param order         the tie order of the items (smaller id first; numeric when every id is an integer)
 * @param hasTimestamps whether any interaction has a timestamp
 */
record IndexedInteractions(Dataset<Row> entries, String[] itemIds, ItemOrder order, boolean hasTimestamps) {

    static IndexedInteractions of(SparkSession spark, Dataset<Row> typed) {
        Dataset<Row> firstUse = typed.groupBy("user").agg(min("row").as("first"));
        JavaRDD<Row> userRows = firstUse.orderBy("first").select("user").javaRDD().zipWithIndex()
                .map(pair -> RowFactory.create(pair._1().getString(0), Math.toIntExact(pair._2())));
        StructType userSchema = new StructType().add("user", DataTypes.StringType, false).add("uidx", DataTypes.IntegerType, false);
        Dataset<Row> users = spark.createDataFrame(userRows, userSchema);

        List<Row> itemsInOrder = typed.groupBy("item").agg(min("row").as("first")).orderBy("first").select("item").collectAsList();
        String[] itemIds = new String[itemsInOrder.size()];
        for (int i = 0; i < itemIds.length; i++) {
            itemIds[i] = itemsInOrder.get(i).getString(0);
        }
        ItemOrder order = ItemOrder.of(itemIds);
        List<Row> itemRows = new ArrayList<>(itemIds.length);
        for (int i = 0; i < itemIds.length; i++) {
            itemRows.add(RowFactory.create(itemIds[i], i, order.rank(i)));
        }
        StructType itemSchema = new StructType().add("item", DataTypes.StringType, false)
                .add("iidx", DataTypes.IntegerType, false).add("rank", DataTypes.IntegerType, false);
        Dataset<Row> items = spark.createDataFrame(itemRows, itemSchema);

        boolean hasTimestamps = !typed.where(col("ts").isNotNull()).limit(1).isEmpty();
        Dataset<Row> latest = typed
                .withColumn("t", coalesce(col("ts"), lit(Long.MIN_VALUE)))
                .groupBy("user", "item")
                .agg(max(struct(col("t"), col("row"), col("value"))).as("last"))
                .select(col("user"), col("item"), col("last.t").as("ts"), col("last.value").as("value"));
        Dataset<Row> entries = latest.join(users, "user").join(broadcast(items), "item")
                .select("user", "item", "uidx", "iidx", "rank", "value", "ts");
        return new IndexedInteractions(entries, itemIds, order, hasTimestamps);
    }

    int itemCount() {
        return itemIds.length;
    }
}
