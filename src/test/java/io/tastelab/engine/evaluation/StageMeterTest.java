package io.tastelab.engine.evaluation;

import io.tastelab.engine.models.ModelParams;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.models.TrainingListener;
import io.tastelab.engine.task.Progress;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StageMeterTest {

    private static final EvaluationData DATA = EvaluationData.synthetic(
            new SyntheticTastes.Shape(200, 100, 4, 5, 20, 3, 1), 2);

    @Test
    void aStageThatHoldsAnArrayReportsAPeakOfAtLeastItsSize() {
        StageMeter meter = new StageMeter();
        int bytes = 48 << 20;
        byte[] kept = meter.measure("load", "", () -> {
            byte[] block = new byte[bytes];
            block[bytes - 1] = 1;
            return block;
        });
        assertThat(kept).hasSize(bytes);
        StageFigure figure = meter.figures().getFirst();
        assertThat(figure.stage()).isEqualTo("load");
        assertThat(figure.label()).isEqualTo("load");
        assertThat(figure.seconds()).isGreaterThanOrEqualTo(0);
        assertThat(figure.peakHeapBytes()).isGreaterThanOrEqualTo(bytes);
    }

    @Test
    void aRunReportsSplitThenTrainRankAndMetricsPerRecommenderAfterWhatTheMeterHeldBefore() {
        StageMeter meter = new StageMeter();
        EvaluationData data = meter.measure("load", "", () -> DATA);
        EvaluationPlan plan = new EvaluationPlan(SplitKind.LEAVE_LAST_OUT, 0.2,
                List.of(RecommenderKind.MOST_POPULAR, RecommenderKind.ITEM_KNN), new int[] {5, 10}, 1, ModelParams.DEFAULTS);
        EvaluationReport report = EvaluationRun.run(data, plan, Progress.NONE, TrainingListener.NONE, meter);
        assertThat(report.stages()).extracting(StageFigure::label).containsExactly("load", "split",
                "train most-popular", "rank most-popular", "metrics most-popular",
                "train item-knn", "rank item-knn", "metrics item-knn");
        assertThat(report.stages()).allSatisfy(figure -> {
            assertThat(figure.seconds()).isGreaterThanOrEqualTo(0);
            assertThat(figure.peakHeapBytes()).isPositive();
        });
        assertThat(report.trainingSeconds()).containsOnlyKeys("most-popular", "item-knn");
    }

    @Test
    void measuringStagesDoesNotChangeTheMetrics() {
        EvaluationPlan plan = new EvaluationPlan(SplitKind.HOLDOUT, 0.3, List.of(RecommenderKind.ITEM_KNN), new int[] {5, 10}, 3,
                ModelParams.DEFAULTS);
        EvaluationReport measured = EvaluationRun.run(DATA, plan, Progress.NONE, TrainingListener.NONE, new StageMeter());
        List<MetricRow> plain = Evaluator.evaluate("item-knn",
                RecommenderKind.ITEM_KNN.train(Splits.of(SplitKind.HOLDOUT, DATA.interactions(), ItemOrder.of(DATA.itemIds()), 0.3, 3).train(), DATA.itemIds(),
                        ModelParams.DEFAULTS, 3, Progress.NONE, TrainingListener.NONE),
                Splits.of(SplitKind.HOLDOUT, DATA.interactions(), ItemOrder.of(DATA.itemIds()), 0.3, 3), ItemOrder.of(DATA.itemIds()),
                new int[] {10, 5}, Progress.NONE);
        assertThat(measured.rows()).isEqualTo(plain);
    }
}
