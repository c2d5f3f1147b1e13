package io.tastelab.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.trim;

/**
 * Reads interactions from CSV (plain or compressed, as Hadoop's codecs know them) or Parquet into the columns
 * {@code user} (string), {@code item} (string), {@code value} (float), {@code ts} (long, null when absent) and
 * {@code row} (input order: increasing within a file, as {@code tastelab evaluate --interactions} reads lines).
 *
 * <p>As the in-process reader: the columns are the first four unless named; a CSV's first line is a header when
 * its value field is not a number; ids are trimmed. Rows whose value or timestamp is not a number fail the job
 * with the count and an example row, not silently dropped.
 */
final class InteractionsSource {

    /** The column choices; null means "by position". */
    record Columns(String user, String item, String value, String timestamp) {
    }

    private InteractionsSource() {
    }

    static Dataset<Row> read(SparkSession spark, String path, String format, Columns names) {
        Dataset<Row> table = switch (resolveFormat(path, format)) {
            case "parquet" -> spark.read().parquet(path);
            default -> spark.read().option("header", csvHasHeader(spark, path)).option("inferSchema", false)
                    .option("mode", "FAILFAST").csv(path);
        };
        List<String> columns = Arrays.asList(table.columns());
        String user = pick(columns, names.user(), 0, "user", path);
        String item = pick(columns, names.item(), 1, "item", path);
        String value = pick(columns, names.value(), 2, "value", path);
        String timestamp = names.timestamp() != null ? pick(columns, names.timestamp(), 3, "timestamp", path)
                : columns.size() > 3 ? columns.get(3) : null;
        boolean timeTyped = timestamp != null && isTimestampType(table, timestamp);
        Column timestampText = timestamp == null ? lit(null).cast(DataTypes.StringType)
                : trim(col(quoted(timestamp)).cast(DataTypes.StringType));
        // Spark 4 casts in ANSI mode (a bad number throws), so try_cast: bad rows become null and requireValid names them.
        // A column of Spark's timestamp or date type (Parquet) counts in epoch seconds, as the CLI's import does.
        Column seconds = timeTyped ? col(quoted(timestamp)).cast(DataTypes.TimestampType).cast(DataTypes.LongType)
                : timestampText.try_cast(DataTypes.LongType);
        Column valueText = trim(col(quoted(value)).cast(DataTypes.StringType));
        return table.select(
                trim(col(quoted(user)).cast(DataTypes.StringType)).as("user"),
                trim(col(quoted(item)).cast(DataTypes.StringType)).as("item"),
                valueText.as("value_text"),
                timestampText.as("ts_text"),
                valueText.try_cast(DataTypes.FloatType).as("value"),
                seconds.as("ts"),
                monotonically_increasing_id().as("row"));
    }

    /**
     * Fails with a clear message when any row lacks an id, has a value that is not a number or a timestamp that
     * is not a whole number. One pass over the data; {@code typed} should be persisted by the caller.
     */
    static void requireValid(Dataset<Row> typed, String path) {
        Column bad = col("user").isNull().or(col("user").equalTo(""))
                .or(col("item").isNull()).or(col("item").equalTo(""))
                .or(col("value").isNull())
                .or(col("ts").isNull().and(col("ts_text").isNotNull()).and(col("ts_text").notEqual("")));
        Dataset<Row> wrong = typed.where(bad);
        List<Row> examples = wrong.limit(3).collectAsList();
        if (!examples.isEmpty()) {
            long count = wrong.count();
            StringBuilder message = new StringBuilder(path + ": " + count + " row(s) with a missing id, a value that is "
                    + "not a number or a timestamp that is not a whole number of seconds; for example:");
            for (Row row : examples) {
                message.append(String.format(Locale.ROOT, "%n  user '%s', item '%s', value '%s', timestamp '%s'",
                        row.getAs("user"), row.getAs("item"), row.getAs("value_text"), row.getAs("ts_text")));
            }
            throw new IllegalArgumentException(message.toString());
        }
    }

    static String resolveFormat(String path, String format) {
        String wanted = format.toLowerCase(Locale.ROOT);
        if (wanted.equals("csv") || wanted.equals("parquet")) {
            return wanted;
        }
        if (!wanted.equals("auto")) {
            throw new IllegalArgumentException("--format is auto, csv or parquet, got '" + format + "'");
        }
        String lower = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        return lower.endsWith(".parquet") || lower.endsWith(".pq") ? "parquet" : "csv";
    }

    /** The in-process reader's rule: the first line is a header when its third field is not a number. */
    private static boolean csvHasHeader(SparkSession spark, String path) {
        List<Row> first = spark.read().text(path).limit(1).collectAsList();
        if (first.isEmpty()) {
            throw new IllegalArgumentException(path + ": no interactions (the file is empty)");
        }
        String[] fields = first.get(0).getString(0).split(",", -1);
        if (fields.length < 3) {
            throw new IllegalArgumentException(path + " line 1: expected at least three columns (user,item,value"
                    + "[,timestamp]), got '" + first.get(0).getString(0) + "'");
        }
        try {
            Float.parseFloat(fields[2].strip());
            return false;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static String pick(List<String> columns, String named, int position, String role, String path) {
        if (named != null) {
            if (!columns.contains(named)) {
                throw new IllegalArgumentException(path + ": no column '" + named + "' for the " + role + "; the columns are " + columns);
            }
            return named;
        }
        if (columns.size() <= position) {
            throw new IllegalArgumentException(path + ": the " + role + " is column " + (position + 1) + " by default, but there are only "
                    + columns.size() + " columns " + columns);
        }
        return columns.get(position);
    }

    private static boolean isTimestampType(Dataset<Row> table, String column) {
        var type = table.schema().apply(column).dataType();
        return type.equals(DataTypes.TimestampType) || type.equals(DataTypes.TimestampNTZType) || type.equals(DataTypes.DateType);
    }

    private static String quoted(String column) {
        return "`" + column.replace("`", "``") + "`";
    }
}
