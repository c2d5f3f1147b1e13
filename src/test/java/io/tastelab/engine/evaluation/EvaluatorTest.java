package io.tastelab.engine.evaluation;

import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.models.PopularityScorer;
import io.tastelab.engine.task.Progress;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EvaluatorTest {

    @Test
    void topNBreaksTiesToTheSmallerIdInNumericOrder() {
        ItemOrder order = ItemOrder.of(new String[] {"10", "9", "2"});
        float[] scores = {1, 1, 1};
        assertThat(TopN.select(scores, item -> true, order, 3)).containsExactly(2, 1, 0);
    }

    @Test
    void topNSkipsDisallowedItemsAndPutsNaNLast() {
        ItemOrder order = ItemOrder.byIndex(4);
        float[] scores = {Float.NaN, 3, 5, 4};
        assertThat(TopN.select(scores, item -> item != 2, order, 3)).containsExactly(3, 1, 0);
    }

    /**
     * Three users over items 0..3, leave-last-out. Training popularity: item 0 by a, b; item 1 by a, c; item 2 by b.
     * Item 3 is never in training. Tests: a → 2, b → 3, c → 0.
     */
    @Test
    void mostPopularOnAHandCheckedSplit() {
        String[] users = {"a", "b", "c"};
        int[] u = {0, 0, 0, 1, 1, 1, 2, 2};
        int[] i = {0, 1, 2, 0, 2, 3, 1, 0};
        long[] t = {1, 2, 3, 1, 2, 3, 1, 2};
        float[] v = {1, 1, 1, 1, 1, 1, 1, 1};
        InteractionMatrix m = InteractionMatrix.fromCoordinates(users, 4, u, i, v, t, null, u.length);
        ItemOrder order = ItemOrder.byIndex(4);
        Split split = Splits.leaveLastOut(m, order, 1);
        PopularityScorer model = PopularityScorer.fit(split.train());
        List<MetricRow> rows = Evaluator.evaluate("most-popular", model, split, order, new int[] {1, 2}, Progress.NONE);
        // Popularity: 0 → 2 (a, b), 1 → 2 (a, c), 2 → 1 (b). Candidates minus own training items:
        // a (trained 0, 1) → [2]: hit at 1.  b (trained 0, 2) → [1]: test 3 is no candidate, miss.
        // c (trained 1) → [0, 2]: test 0, hit at 1.
        MetricRow at1 = rows.get(0);
        assertThat(at1.k()).isEqualTo(1);
        assertThat(at1.users()).isEqualTo(3);
        assertThat(at1.hitRate()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(at1.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(at1.ndcg()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(at1.mrr()).isCloseTo(2.0 / 3, within(1e-12));
        // k = 2: lists a [2], b [1], c [0, 2]; precision = (1/2 + 0 + 1/2) / 3.
        MetricRow at2 = rows.get(1);
        assertThat(at2.precision()).isCloseTo(1.0 / 3, within(1e-12));
        // Items shown: 2, 1, 0 of the 3 candidates.
        assertThat(at2.coverage()).isEqualTo(1.0);
        // Popularity of shown items: a:2 → 1, b:1 → 2, c:0 → 2, c:2 → 1; mean 6/4.
        assertThat(at2.popularityBias()).isCloseTo(1.5, within(1e-12));
        assertThat(at2.rmse()).isNaN();
    }
}
