package io.tastelab.engine.models;

import io.tastelab.engine.evaluation.Evaluator;
import io.tastelab.engine.evaluation.ItemOrder;
import io.tastelab.engine.evaluation.MetricRow;
import io.tastelab.engine.evaluation.Split;
import io.tastelab.engine.evaluation.Splits;
import io.tastelab.engine.evaluation.SyntheticTastes;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The ordering the issue asks for, on data with real taste structure: kNN and ALS above popularity above random. */
class ModelsOnSyntheticTastesTest {

    private static final Map<RecommenderKind, MetricRow> AT_10 = new EnumMap<>(RecommenderKind.class);

    @BeforeAll
    static void evaluateAll() {
        InteractionMatrix data = SyntheticTastes.generate(SyntheticTastes.Shape.small(), 1);
        ItemOrder order = ItemOrder.of(SyntheticTastes.itemIds(data.itemCount()));
        Split split = Splits.leaveLastOut(data, order, 1);
        ModelParams params = ModelParams.DEFAULTS.with("als.factors", "16").with("bpr.factors", "16").with("mf.factors", "8");
        for (RecommenderKind kind : RecommenderKind.evaluableKinds()) {
            ItemScorer model = kind.train(split.train(), SyntheticTastes.itemIds(data.itemCount()), params, 42, Progress.NONE, TrainingListener.NONE);
            AT_10.put(kind, Evaluator.evaluate(kind.cliName(), model, split, order, new int[] {10}, Progress.NONE).getFirst());
        }
        AT_10.forEach((kind, row) -> System.out.printf("%-13s nDCG@10 %.4f  hit@10 %.4f  coverage %.3f%n",
                kind.cliName(), row.ndcg(), row.hitRate(), row.coverage()));
    }

    @Test
    void mostPopularBeatsRandom() {
        assertThat(AT_10.get(RecommenderKind.MOST_POPULAR).ndcg()).isGreaterThan(AT_10.get(RecommenderKind.RANDOM).ndcg());
    }

    @Test
    void itemKnnBeatsMostPopular() {
        assertThat(AT_10.get(RecommenderKind.ITEM_KNN).ndcg()).isGreaterThan(AT_10.get(RecommenderKind.MOST_POPULAR).ndcg());
    }

    @Test
    void userKnnBeatsMostPopular() {
        assertThat(AT_10.get(RecommenderKind.USER_KNN).ndcg()).isGreaterThan(AT_10.get(RecommenderKind.MOST_POPULAR).ndcg());
    }

    @Test
    void alsBeatsMostPopular() {
        assertThat(AT_10.get(RecommenderKind.ALS).ndcg()).isGreaterThan(AT_10.get(RecommenderKind.MOST_POPULAR).ndcg());
    }

    @Test
    void bprBeatsMostPopular() {
        assertThat(AT_10.get(RecommenderKind.BPR).ndcg()).isGreaterThan(AT_10.get(RecommenderKind.MOST_POPULAR).ndcg());
    }

    @Test
    void mfPredictsRatingsBetterThanTheGlobalMean() {
        MetricRow mf = AT_10.get(RecommenderKind.MF);
        assertThat(mf.rmse()).isLessThan(1.2).isPositive();
        assertThat(mf.mae()).isLessThanOrEqualTo(mf.rmse());
    }
}
