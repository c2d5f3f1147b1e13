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
        return run(data, plan, progress, listener, new StageMeter());
    }

    /**
     * Runs the plan, measuring its stages on {@code meter} (after any it measured already, such as loading the
     * data): split, then per recommender train, rank and metrics. The report carries all of the meter's stages.
     */
    public static EvaluationReport run(EvaluationData data, EvaluationPlan plan, Progress progress, TrainingListener listener,
                                       StageMeter meter) {
        progress.update(0, 1, "splitting (" + plan.split().cliName() + ")");
        record Prepared(ItemOrder order, Split split) {
        }
        Prepared prepared = meter.measure("split", "", () -> {
            // Only rated items decide numeric vs text ties: an export of the data (Spark's input) holds no others.
            ItemOrder itemOrder = ItemOrder.of(data.itemIds(), item -> data.interactions().columnLength(item) > 0);
            return new Prepared(itemOrder, Splits.of(plan.split(), data.interactions(), itemOrder, plan.holdout(), plan.seed()));
        });
        ItemOrder order = prepared.order();
        Split split = prepared.split();
        progress.checkCancelled();
        List<MetricRow> rows = new ArrayList<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        int[] ks = Evaluator.sortedKs(plan.ks());
        int stages = plan.recommenders().size();
        for (int stage = 0; stage < stages; stage++) {
            RecommenderKind kind = plan.recommenders().get(stage);
            String name = kind.cliName();
            Progress staged = stagedProgress(progress, stage, stages, name);
            long start = System.nanoTime();
            ItemScorer model = meter.measure("train", name, () -> kind.train(split.train(), data.itemIds(), plan.params(), plan.seed(), staged, listener));
            seconds.put(name, (System.nanoTime() - start) / 1e9);
            progress.checkCancelled();
            Evaluator.Rankings rankings = meter.measure("rank", name,
                    () -> Evaluator.rank(name, model, split, order, ks[ks.length - 1], staged));
            rows.addAll(meter.measure("metrics", name, () -> Evaluator.summarize(name, split, rankings, ks)));
        }
        progress.update(1, 1, "done");
        return new EvaluationReport(data.name(), plan.split(), split.description(), split.testUserCount(), rows, seconds,
                meter.figures());
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
