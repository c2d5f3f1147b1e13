package io.tastelab.engine.evaluation;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an evaluation: one row per (recommender, k), in plan order.
 *
 * @param trainingSeconds wall-clock training time per recommender
 * @param stages          each stage's time and peak heap, in the order they ran (empty where nobody measured them,
 *                        e.g. a report read back from the Spark job)
 */
public record EvaluationReport(String data, SplitKind split, String splitDescription, int testUsers, List<MetricRow> rows,
                               Map<String, Double> trainingSeconds, List<StageFigure> stages) {
    public EvaluationReport {
        rows = List.copyOf(rows);
        trainingSeconds = Map.copyOf(trainingSeconds);
        stages = List.copyOf(stages);
    }

    /** A report without stage figures. */
    public EvaluationReport(String data, SplitKind split, String splitDescription, int testUsers, List<MetricRow> rows,
                            Map<String, Double> trainingSeconds) {
        this(data, split, splitDescription, testUsers, rows, trainingSeconds, List.of());
    }
}
