package io.tastelab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tastelab.engine.evaluation.EvaluationReport;
import io.tastelab.engine.evaluation.MetricRow;
import io.tastelab.engine.evaluation.StageFigure;

import java.util.List;
import java.util.Locale;

/**
 * What {@code tastelab evaluate} prints (its JSON and its table), in one place so the Spark job
 * (io.tastelab.spark) prints exactly the same (and adds its engine fields to the JSON).
 */
public final class EvaluationReportFormat {

    private EvaluationReportFormat() {
    }

    /** {@code {"split", "split_description", "data", "test_users", "results": [...], "stages": [...]}}; see README. */
    public static ObjectNode json(EvaluationReport report) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("split", report.split().cliName());
        root.put("split_description", report.splitDescription());
        root.put("data", report.data());
        root.put("test_users", report.testUsers());
        ArrayNode results = root.putArray("results");
        for (MetricRow row : report.rows()) {
            ObjectNode node = results.addObject();
            node.put("recommender", row.recommender());
            node.put("k", row.k());
            node.put("precision", row.precision());
            node.put("recall", row.recall());
            node.put("ndcg", row.ndcg());
            node.put("map", row.map());
            node.put("mrr", row.mrr());
            node.put("hit_rate", row.hitRate());
            node.put("coverage", row.coverage());
            node.put("popularity_bias", row.popularityBias());
            node.put("users", row.users());
            node.put("cold_start_users", row.coldStartUsers());
            if (!Double.isNaN(row.rmse())) {
                node.put("rmse", row.rmse());
                node.put("mae", row.mae());
            }
            node.put("train_seconds", report.trainingSeconds().getOrDefault(row.recommender(), 0.0));
        }
        ArrayNode stages = root.putArray("stages");
        for (StageFigure figure : report.stages()) {
            ObjectNode node = stages.addObject();
            node.put("stage", figure.stage());
            if (!figure.recommender().isEmpty()) {
                node.put("recommender", figure.recommender());
            }
            node.put("seconds", figure.seconds());
            node.put("cpu_seconds", figure.cpuSeconds());
            node.put("peak_heap_bytes", figure.peakHeapBytes());
            node.put("load_average", figure.loadAverage());
        }
        return root;
    }

    /** The table {@code tastelab evaluate} prints without {@code --json}. */
    public static String text(EvaluationReport report) {
        StringBuilder text = new StringBuilder();
        text.append(report.data()).append(": ").append(report.splitDescription()).append(", ")
                .append(report.testUsers()).append(" test users\n");
        text.append(String.format(Locale.ROOT, "%-13s %4s %9s %9s %9s %9s %9s %9s %9s %10s %8s%n", "recommender", "k",
                "precision", "recall", "nDCG", "MAP", "MRR", "hit rate", "coverage", "pop. bias", "train s"));
        for (MetricRow row : report.rows()) {
            text.append(String.format(Locale.ROOT, "%-13s %4d %9.5f %9.5f %9.5f %9.5f %9.5f %9.5f %9.5f %10.2f %8.2f%n",
                    row.recommender(), row.k(), row.precision(), row.recall(), row.ndcg(), row.map(), row.mrr(), row.hitRate(),
                    row.coverage(), row.popularityBias(), report.trainingSeconds().getOrDefault(row.recommender(), 0.0)));
            if (!Double.isNaN(row.rmse()) && row == firstRowOf(report, row.recommender())) {
                text.append(String.format(Locale.ROOT, "%-13s      RMSE %.5f  MAE %.5f%n", "", row.rmse(), row.mae()));
            }
        }
        if (!report.stages().isEmpty()) {
            text.append('\n').append(stageTable(report.stages()));
        }
        return text.toString().stripTrailing();
    }

    /** Each stage's wall and CPU time, the heap's peak in it, and the load average when it ended. */
    static String stageTable(List<StageFigure> stages) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%-26s %9s %9s %14s %6s%n", "stage", "seconds", "CPU s", "peak heap MiB", "load"));
        for (StageFigure figure : stages) {
            text.append(stageLine(figure)).append('\n');
        }
        return text.toString();
    }

    /** One stage's row of {@link #stageTable}; also what evaluate logs as each stage ends. */
    static String stageLine(StageFigure figure) {
        return String.format(Locale.ROOT, "%-26s %9.2f %9s %14s %6s", figure.label(), figure.seconds(),
                figure.cpuSeconds() < 0 ? "?" : String.format(Locale.ROOT, "%.2f", figure.cpuSeconds()),
                figure.peakHeapBytes() < 0 ? "?" : String.format(Locale.ROOT, "%.0f", figure.peakHeapBytes() / 1048576.0),
                figure.loadAverage() < 0 ? "?" : String.format(Locale.ROOT, "%.2f", figure.loadAverage()));
    }

    private static MetricRow firstRowOf(EvaluationReport report, String recommender) {
        return report.rows().stream().filter(row -> row.recommender().equals(recommender)).findFirst().orElseThrow();
    }
}
