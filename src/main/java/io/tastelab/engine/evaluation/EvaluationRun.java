package io.tastelab.engine.evaluation;

import io.tastelab.engine.models.ItemScorer;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.models.TrainingListener;
import io.tastelab.engine.task.Progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a plan: split once, then for each recommender train on the training part and evaluate at every k.
 * Reports progress per stage and stops at the next check after a cancel. Used by the CLI and the UI alike.
 */
public final class EvaluationRun {

    private EvaluationRun() {
    }

    public static EvaluationReport run(EvaluationData data, EvaluationPlan plan, Progress progress, TrainingListener listener) {
        ItemOrder order = ItemOrder.of(data.itemIds());
        progress.update(0, 1, "splitting (" + plan.split().cliName() + ")");
        Split split = Splits.of(plan.split(), data.interactions(), order, plan.holdout(), plan.seed());
        progress.checkCancelled();
        List<MetricRow> rows = new ArrayList<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        int stages = plan.recommenders().size();
        for (int stage = 0; stage < stages; stage++) {
            RecommenderKind kind = plan.recommenders().get(stage);
            Progress staged = stagedProgress(progress, stage, stages, kind.cliName());
            long start = System.nanoTime();
            ItemScorer model = kind.train(split.train(), plan.params(), plan.seed(), staged, listener);
            seconds.put(kind.cliName(), (System.nanoTime() - start) / 1e9);
            progress.checkCancelled();
            rows.addAll(Evaluator.evaluate(kind.cliName(), model, split, order, plan.ks(), staged));
        }
        progress.update(1, 1, "done");
        return new EvaluationReport(data.name(), plan.split(), split.description(), split.testUserCount(), rows, seconds);
    }

    /** Maps a stage's own progress into its share of the whole run. */
    private static Progress stagedProgress(Progress outer, int stage, int stages, String name) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                double within = total > 0 ? Math.min(1, (double) done / total) : 0;
                outer.update(Math.round((stage + within) * 1000), stages * 1000L, name + ": " + message);
            }

            @Override
            public boolean isCancelled() {
                return outer.isCancelled();
            }
        };
    }
}
