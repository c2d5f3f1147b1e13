package io.tastelab.engine.evaluation;

import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.models.ModelParams;
import io.tastelab.engine.models.TrainingListener;
import io.tastelab.engine.task.CancelledException;
import io.tastelab.engine.task.Progress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluationRunTest {

    private static final EvaluationData DATA = EvaluationData.synthetic(
            new SyntheticTastes.Shape(200, 100, 4, 5, 20, 3, 1), 2);

    @Test
    void aCancelStopsTheRunAtTheNextCheck() {
        AtomicInteger updates = new AtomicInteger();
        Progress cancelAfterTwoUpdates = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() >= 2;
            }
        };
        EvaluationPlan plan = new EvaluationPlan(SplitKind.LEAVE_LAST_OUT, 0.2, List.of(RecommenderKind.ALS, RecommenderKind.ITEM_KNN),
                new int[] {10}, 1, ModelParams.DEFAULTS.with("als.iterations", "50"));
        assertThatThrownBy(() -> EvaluationRun.run(DATA, plan, cancelAfterTwoUpdates, TrainingListener.NONE))
                .isInstanceOf(CancelledException.class);
        assertThat(updates.get()).isLessThan(10);
    }

    @Test
    void theSameSeedGivesTheSameReport() {
        EvaluationPlan plan = new EvaluationPlan(SplitKind.HOLDOUT, 0.3, List.of(RecommenderKind.RANDOM, RecommenderKind.BPR), new int[] {5, 10},
                7, ModelParams.DEFAULTS.with("bpr.factors", "8").with("bpr.epochs", "3"));
        List<Double> losses = new ArrayList<>();
        EvaluationReport first = EvaluationRun.run(DATA, plan, Progress.NONE, (model, iteration, loss) -> losses.add(loss));
        EvaluationReport second = EvaluationRun.run(DATA, plan, Progress.NONE, TrainingListener.NONE);
        assertThat(first.rows()).isEqualTo(second.rows());
        assertThat(losses).hasSize(3);
        assertThat(first.rows()).extracting(MetricRow::k).containsExactly(5, 10, 5, 10);
    }
}
