package io.tastelab.engine.models;

import io.tastelab.engine.evaluation.EvaluationData;
import io.tastelab.engine.evaluation.SyntheticTastes;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.task.Progress;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Scoring a block of users gives, bit for bit, what scoring them one at a time gives. */
class BlockScoringTest {

    private static final InteractionMatrix DATA = EvaluationData.synthetic(
            new SyntheticTastes.Shape(300, 1100, 4, 5, 20, 3, 1), 4).interactions();

    @Test
    void everyFactorModelScoresABlockBitForBitAsOneUserAtATime() {
        for (RecommenderKind kind : new RecommenderKind[] {RecommenderKind.ALS, RecommenderKind.MF, RecommenderKind.BPR}) {
            ItemScorer model = kind.train(DATA, SyntheticTastes.itemIds(DATA.itemCount()), ModelParams.DEFAULTS.with("als.factors", "13").with("als.iterations", "2")
                    .with("mf.epochs", "2").with("bpr.epochs", "2"), 5, Progress.NONE, TrainingListener.NONE);
            assertThat(model).isInstanceOf(FactorScorer.class);
            assertSameScores(model);
        }
    }

    @Test
    void aModelWithoutItsOwnBlockScoringScoresEachUser() {
        assertSameScores(RecommenderKind.ITEM_KNN.train(DATA, SyntheticTastes.itemIds(DATA.itemCount()), ModelParams.DEFAULTS, 5, Progress.NONE, TrainingListener.NONE));
    }

    private static void assertSameScores(ItemScorer model) {
        int items = model.itemCount();
        int[] users = new Random(3).ints(20, 0, DATA.userCount()).toArray();
        float[][] block = new float[users.length + 3][items];
        model.scoreBlock(users, users.length, block);
        for (int b = 0; b < users.length; b++) {
            float[] single = new float[items];
            model.score(users[b], single);
            for (int i = 0; i < items; i++) {
                assertThat(Float.floatToRawIntBits(block[b][i])).as("%s user %d item %d", model.scoreMeaning(), users[b], i)
                        .isEqualTo(Float.floatToRawIntBits(single[i]));
            }
        }
        assertThat(block[users.length]).as("rows past the count are left alone").containsOnly(0f);
    }
}
