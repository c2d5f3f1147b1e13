package io.tastelab.engine.models;

import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.task.Progress;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sparse, scattered item-kNN similarities equal, bit for bit, a dense reference that sums each pair's
 * products over the users in ascending order (as the sparse code does), then keeps the best positive ones, however
 * many label ranges the scatter is gathered in, both when users repeat items (each item gathers its own pairs) and
 * when none does (each pair is gathered once and offered to both items' lists).
 */
class ItemKnnSimilaritiesReferenceTest {

    @Property(tries = 150)
    void sparseSimilaritiesEqualTheDenseReference(@ForAll @Size(min = 1, max = 150) List<@IntRange(min = 0, max = 11) Integer> users,
                                                  @ForAll @IntRange(min = 1, max = 6) int neighbours,
                                                  @ForAll @IntRange(min = 0, max = 20) int shrinkage,
                                                  @ForAll boolean pearson,
                                                  @ForAll long seed,
                                                  @ForAll @IntRange(min = 1, max = 10) int labelRange) {
        check(users, neighbours, shrinkage, pearson, seed, labelRange, true);
    }

    /**
     * Without repeated (user, item) entries the pairs are gathered once each and offered both ways: same lists,
     * also when more neighbours are asked for than there are other items (the lists' slots stop at 8).
     */
    @Property(tries = 150)
    void eachPairOnceEqualsTheDenseReference(@ForAll @Size(min = 1, max = 150) List<@IntRange(min = 0, max = 11) Integer> users,
                                             @ForAll @IntRange(min = 1, max = 10) int neighbours,
                                             @ForAll @IntRange(min = 0, max = 20) int shrinkage,
                                             @ForAll boolean pearson,
                                             @ForAll long seed,
                                             @ForAll @IntRange(min = 1, max = 10) int labelRange) {
        check(users, neighbours, shrinkage, pearson, seed, labelRange, false);
    }

    private static void check(List<Integer> users, int neighbours, int shrinkage, boolean pearson, long seed, int labelRange,
                              boolean repeats) {
        int items = 9;
        int[] u = new int[users.size()];
        int[] i = new int[users.size()];
        float[] v = new float[users.size()];
        boolean[][] seen = new boolean[12][items];
        int n = 0;
        for (int e = 0; e < users.size(); e++) {
            int user = users.get(e);
            int item = (int) Math.floorMod(seed + 13L * e * (e + 1), items);
            if (!repeats && seen[user][item]) {
                continue;
            }
            seen[user][item] = true;
            u[n] = user;
            i[n] = item;
            v[n] = 0.5f * (1 + Math.floorMod(seed * 7 + 3L * e, 10));
            n++;
        }
        String[] ids = new String[12];
        for (int user = 0; user < ids.length; user++) {
            ids[user] = "u" + user;
        }
        InteractionMatrix m = InteractionMatrix.fromCoordinates(ids, items, u, i, v, null, null, n);
        ItemKnn.Settings settings = new ItemKnn.Settings(neighbours, shrinkage, pearson ? Similarity.PEARSON : Similarity.COSINE);
        ItemKnn.Neighbours actual = ItemKnn.similarities(m.csr(), m.csc(), items, settings, Progress.NONE, labelRange);

        InteractionMatrix.Csr csr = m.csr();
        InteractionMatrix.Csc csc = m.csc();
        float[] columnValues = settings.similarity().centered(csc.columnPointers(), csc.values());
        // Each CSR entry's centered value: the CSC entry of the same (user, item) occurrence.
        float[] rowValues = new float[n];
        int[] cursor = csc.columnPointers().clone();
        for (int user = 0; user < ids.length; user++) {
            for (int q = csr.rowPointers()[user]; q < csr.rowPointers()[user + 1]; q++) {
                rowValues[q] = columnValues[cursor[csr.columnIndices()[q]]++];
            }
        }
        double[] norms = new double[items];
        for (int item = 0; item < items; item++) {
            double sum = 0;
            for (int p = csc.columnPointers()[item]; p < csc.columnPointers()[item + 1]; p++) {
                sum += columnValues[p] * columnValues[p];
            }
            norms[item] = Math.sqrt(sum);
        }
        List<Integer> expectedItems = new ArrayList<>();
        List<Float> expectedSims = new ArrayList<>();
        for (int j = 0; j < items; j++) {
            double[] dot = new double[items];
            int[] co = new int[items];
            for (int p = csc.columnPointers()[j]; p < csc.columnPointers()[j + 1]; p++) {
                int user = csc.rowIndices()[p];
                for (int q = csr.rowPointers()[user]; q < csr.rowPointers()[user + 1]; q++) {
                    dot[csr.columnIndices()[q]] += columnValues[p] * rowValues[q];
                    co[csr.columnIndices()[q]]++;
                }
            }
            float[] sims = new float[items];
            List<Integer> positive = new ArrayList<>();
            for (int other = 0; other < items; other++) {
                double similarity = other == j || co[other] == 0 ? 0 : Similarity.shrunk(dot[other], norms[other], norms[j], co[other], shrinkage);
                if (similarity > 0) {
                    sims[other] = (float) similarity;
                    positive.add(other);
                }
            }
            positive.sort(Comparator.<Integer, Float>comparing(other -> sims[other]).reversed().thenComparing(other -> other));
            for (int b = 0; b < Math.min(neighbours, positive.size()); b++) {
                expectedItems.add(positive.get(b));
                expectedSims.add(sims[positive.get(b)]);
            }
        }
        assertThat(actual.items()).containsExactly(expectedItems.stream().mapToInt(Integer::intValue).toArray());
        float[] sims = new float[expectedSims.size()];
        for (int b = 0; b < sims.length; b++) {
            sims[b] = expectedSims.get(b);
        }
        assertThat(actual.similarities()).containsExactly(sims);
    }
}
