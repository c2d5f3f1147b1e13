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
    void alsRelabelledByPopularityGivesTheSameFactorsAndLossesBitForBit() {
        // Skewed popularity spread over the indices, a repeated entry, a user and an item with no entries.
        int users = 60;
        int items = 45;
        java.util.List<int[]> entries = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(11);
        for (int u = 0; u < users - 1; u++) {
            int count = 1 + random.nextInt(1 + (u * 7) % 23);
            for (int e = 0; e < count; e++) {
                int rank = (int) Math.min(items - 2, Math.floor(Math.pow(random.nextDouble(), 3) * (items - 1)));
                entries.add(new int[] {u, (rank * 17 + 5) % (items - 1), 1 + random.nextInt(5)});
            }
        }
        entries.add(entries.get(3).clone());
        int n = entries.size();
        int[] u = new int[n];
        int[] i = new int[n];
        float[] v = new float[n];
        for (int e = 0; e < n; e++) {
            u[e] = entries.get(e)[0];
            i[e] = entries.get(e)[1];
            v[e] = entries.get(e)[2];
        }
        String[] ids = new String[users];
        for (int user = 0; user < users; user++) {
            ids[user] = "u" + user;
        }
        InteractionMatrix m = InteractionMatrix.fromCoordinates(ids, items, u, i, v, null, null, n);
        int[] order = PopularityRows.byDescendingCount(m.csc().columnPointers());
        assertThat(order).as("the labels really move the items").isNotEqualTo(java.util.stream.IntStream.range(0, items).toArray());
        for (boolean cg : new boolean[] {true, false}) {
            ImplicitAls.Settings settings = new ImplicitAls.Settings(6, 4, 0.1, 10, cg, 3, true);
            java.util.List<Double> lossesRelabelled = new java.util.ArrayList<>();
            java.util.List<Double> lossesInOrder = new java.util.ArrayList<>();
            FactorScorer relabelled = (FactorScorer) ImplicitAls.train(m, settings, 7, Progress.NONE,
                    (model, iteration, loss) -> lossesRelabelled.add(loss), true);
            FactorScorer inOrder = (FactorScorer) ImplicitAls.train(m, settings, 7, Progress.NONE,
                    (model, iteration, loss) -> lossesInOrder.add(loss), false);
            assertThat(relabelled.userFactors()).as("cg " + cg).containsExactly(inOrder.userFactors());
            assertThat(relabelled.itemFactors()).as("cg " + cg).containsExactly(inOrder.itemFactors());
            assertThat(lossesRelabelled).hasSize(4).isEqualTo(lossesInOrder);
            assertThat(relabelled.knows(users - 1)).isFalse();
        }
    }

    @Test
    void gramianOfRelabelledRowsSumsInTheOriginalOrder() {
        // Cross terms 1e16, 1, −1e16: in this order the 1 is lost to rounding (sum 0); summed 1e16, −1e16, 1 it is 1.
        float[] original = {1e8f, 1e8f, 1, 1, 1e8f, -1e8f};
        assertThat(SmallDense.gramian(original, 3, 2)[1]).isZero();
        // Labels: original row 0 → label 0, row 1 → label 2, row 2 → label 1.
        float[] relabelled = {1e8f, 1e8f, 1e8f, -1e8f, 1, 1};
        assertThat(SmallDense.gramian(relabelled, 3, 2, new int[] {0, 2, 1})).containsExactly(SmallDense.gramian(original, 3, 2));
        assertThat(SmallDense.gramian(relabelled, 3, 2)[1]).as("label order would differ").isEqualTo(1);
    }

    @Test
    void popularityOrderIsByDescendingCountWithTiesToTheSmallerIndex() {
        // Counts 2, 0, 3, 2, 3.
        assertThat(PopularityRows.byDescendingCount(new int[] {0, 2, 2, 5, 7, 10})).containsExactly(2, 4, 0, 3, 1);
        assertThat(PopularityRows.byDescendingCount(new int[] {0})).isEmpty();
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
