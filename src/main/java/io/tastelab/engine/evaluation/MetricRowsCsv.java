package io.tastelab.engine.evaluation;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** Evaluation results as CSV, one row per (recommender, k), the columns of the CLI's JSON. */
public final class MetricRowsCsv {

    public static final String HEADER = "recommender,k,precision,recall,ndcg,map,mrr,hit_rate,coverage,popularity_bias,users,"
            + "cold_start_users,rmse,mae";

    private MetricRowsCsv() {
    }

    public static void write(List<MetricRow> rows, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (MetricRow row : rows) {
            out.write(String.format(Locale.ROOT, "%s,%d,%s,%s,%s,%s,%s,%s,%s,%s,%d,%d,%s,%s%n", row.recommender(), row.k(),
                    number(row.precision()), number(row.recall()), number(row.ndcg()), number(row.map()), number(row.mrr()),
                    number(row.hitRate()), number(row.coverage()), number(row.popularityBias()), row.users(),
                    row.coldStartUsers(), number(row.rmse()), number(row.mae())));
        }
    }

    /** Full precision; empty for NaN (a metric that does not apply). */
    private static String number(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }
}
