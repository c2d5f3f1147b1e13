package io.tastelab.engine.evaluation;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an evaluation: one row per (recommender, k), in plan order.
 *
 * @param trainingSeconds wall-clock training time per recommender
 */
public record EvaluationReport(String data, SplitKind split, String splitDescription, int testUsers, List<MetricRow> rows,
                               Map<String, Double> trainingSeconds) {
    public EvaluationReport {
        rows = List.copyOf(rows);
        trainingSeconds = Map.copyOf(trainingSeconds);
    }
}
