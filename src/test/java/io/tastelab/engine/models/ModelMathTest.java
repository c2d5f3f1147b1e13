package io.tastelab.engine.models;

import io.tastelab.engine.evaluation.SyntheticTastes;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.task.Progress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ModelMathTest {

    @Test
    void choleskySolvesASmallSystem() {
        // A = [[4, 2], [2, 3]], b = [2, 1]  →  x = [0.5, 0].
        double[] a = {4, 2, 2, 3};
        double[] b = {2, 1};
        SmallDense.choleskySolve(a, b, 2);
        assertThat(b[0]).isCloseTo(0.5, within(1e-12));
        assertThat(b[1]).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void gramianIsYTransposeY() {
        float[] y = {1, 2, 3, 4}; // rows (1, 2), (3, 4)
        assertThat(SmallDense.gramian(y, 2, 2)).containsExactly(10, 14, 14, 20);
    }

    @Test
    void shrunkCosineByHand() {
        // dot 2, norms √2 and √2, 2 co-raters, shrinkage 2: 2 / 2 × 2 / 4 = 0.5.
        assertThat(Similarity.shrunk(2, Math.sqrt(2), Math.sqrt(2), 2, 2)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void itemSimilaritiesAreSparseCosines() {
        // Users: a {0, 1}, b {0, 1, 2}, c {2}. Columns: 0 {a, b}, 1 {a, b}, 2 {b, c}.
        InteractionMatrix m = InteractionMatrix.fromCoordinates(new String[] {"a", "b", "c"}, 4,
                new int[] {0, 0, 1, 1, 1, 2}, new int[] {0, 1, 0, 1, 2, 2}, new float[] {1, 1, 1, 1, 1, 1}, null, null, 6);
        ItemKnn.Neighbours n = ItemKnn.similarities(m.csr(), m.csc(), 4, new ItemKnn.Settings(10, 0, Similarity.COSINE), Progress.NONE);
        // Item 0: neighbours 1 (cos 1) then 2 (cos 1/2). Item 3 has none.
        assertThat(n.items()).startsWith(1, 2);
        assertThat(n.similarities()[0]).isCloseTo(1f, within(1e-6f));
        assertThat(n.similarities()[1]).isCloseTo(0.5f, within(1e-6f));
        assertThat(n.pointers()[4] - n.pointers()[3]).isZero();
    }

    @Test
    void pearsonIsZeroOnAllOnesImplicitData() {
        InteractionMatrix m = InteractionMatrix.fromCoordinates(new String[] {"a", "b"}, 2,
                new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}, new float[] {1, 1, 1, 1}, null, null, 4);
        ItemKnn.Neighbours n = ItemKnn.similarities(m.csr(), m.csc(), 2, new ItemKnn.Settings(10, 0, Similarity.PEARSON), Progress.NONE);
        assertThat(n.count()).isZero();
    }

    @Test
    void alsConjugateGradientApproachesTheExactCholeskySolution() {
        InteractionMatrix m = io.tastelab.engine.evaluation.SyntheticTastes.generate(
                new io.tastelab.engine.evaluation.SyntheticTastes.Shape(200, 100, 4, 5, 20, 3, 1), 3);
        double cholesky = lossAfter(m, false);
        double cg = lossAfter(m, true);
        assertThat(cg).isCloseTo(cholesky, within(0.05 * cholesky));
    }

    private static double lossAfter(InteractionMatrix m, boolean cg) {
        double[] last = new double[1];
        ImplicitAls.train(m, new ImplicitAls.Settings(8, 8, 0.1, 10, cg, 3), 5, Progress.NONE, (model, iteration, loss) -> last[0] = loss);
        return last[0];
    }

    @Test
    void alsLossFallsAsItTrains() {
        InteractionMatrix m = io.tastelab.engine.evaluation.SyntheticTastes.generate(
                new io.tastelab.engine.evaluation.SyntheticTastes.Shape(200, 100, 4, 5, 20, 3, 1), 3);
        double[] losses = new double[5];
        ImplicitAls.train(m, new ImplicitAls.Settings(8, 5, 0.1, 10, true, 3), 5, Progress.NONE,
                (model, iteration, loss) -> losses[iteration - 1] = loss);
        assertThat(losses[4]).isLessThan(losses[0]);
    }

    @Test
    void trainingIsReproducibleFromTheSeed() {
        InteractionMatrix m = io.tastelab.engine.evaluation.SyntheticTastes.generate(
                new io.tastelab.engine.evaluation.SyntheticTastes.Shape(50, 40, 4, 5, 10, 3, 1), 3);
        for (RecommenderKind kind : new RecommenderKind[] {RecommenderKind.ALS, RecommenderKind.BPR, RecommenderKind.MF}) {
            FactorScorer a = (FactorScorer) kind.train(m, SyntheticTastes.itemIds(m.itemCount()), ModelParams.DEFAULTS, 9, Progress.NONE, TrainingListener.NONE);
            FactorScorer b = (FactorScorer) kind.train(m, SyntheticTastes.itemIds(m.itemCount()), ModelParams.DEFAULTS, 9, Progress.NONE, TrainingListener.NONE);
            assertThat(a.itemFactors()).as(kind.cliName()).containsExactly(b.itemFactors());
        }
    }

    @Test
    void unknownParametersAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelParams.parse(java.util.List.of("als.factorz=3"))
                .requireKnown(RecommenderKind.knownParameters())).hasMessageContaining("unknown parameter 'als.factorz'");
    }

    @Test
    void userKnnVotesWithTheSimilarUsersItems() {
        // a {0, 1}, b {0, 1, 2}, c {3}. For a: sim(a, b) = 2 / (√2 · √3) = 0.8165, c shares nothing.
        InteractionMatrix m = InteractionMatrix.fromCoordinates(new String[] {"a", "b", "c"}, 4,
                new int[] {0, 0, 1, 1, 1, 2}, new int[] {0, 1, 0, 1, 2, 3}, new float[] {1, 1, 1, 1, 1, 1}, null, null, 6);
        UserKnn model = UserKnn.train(m, new UserKnn.Settings(10, 0, Similarity.COSINE));
        float[] scores = new float[4];
        model.score(0, scores);
        assertThat(scores[2]).isCloseTo((float) (2 / (Math.sqrt(2) * Math.sqrt(3))), within(1e-6f));
        assertThat(scores[3]).isZero();
    }

    @Test
    void itemKnnScoresSumSimilaritiesToTheUsersItems() {
        InteractionMatrix m = InteractionMatrix.fromCoordinates(new String[] {"a", "b", "c"}, 4,
                new int[] {0, 0, 1, 1, 1, 2}, new int[] {0, 1, 0, 1, 2, 2}, new float[] {1, 1, 1, 1, 1, 1}, null, null, 6);
        ItemKnn model = ItemKnn.train(m, new ItemKnn.Settings(10, 0, Similarity.COSINE), Progress.NONE);
        float[] scores = new float[4];
        model.score(0, scores); // a has 0 and 1; sim(0, 2) = sim(1, 2) = 1/2
        assertThat(scores[2]).isCloseTo(1f, within(1e-6f));
        assertThat(scores[3]).isZero();
    }
}
