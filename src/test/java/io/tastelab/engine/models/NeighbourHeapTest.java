package io.tastelab.engine.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

/** The heap keeps what a full sort (score descending, then item ascending) keeps, in that order. */
class NeighbourHeapTest {

    @Test
    void keepsTheBestKLikeAFullSortWithTiesToTheSmallerItem() {
        Random random = new Random(5);
        for (int trial = 0; trial < 200; trial++) {
            int n = random.nextInt(40);
            int k = 1 + random.nextInt(8);
            float[] score = new float[n];
            for (int i = 0; i < n; i++) {
                score[i] = random.nextInt(6) / 4f; // many ties
            }
            Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
            // Offered in a shuffled order: the result must not depend on it.
            for (int i = n - 1; i > 0; i--) {
                int swap = random.nextInt(i + 1);
                Integer t = order[i];
                order[i] = order[swap];
                order[swap] = t;
            }
            NeighbourHeap heap = new NeighbourHeap(k);
            for (int item : order) {
                if (heap.mayEnter(score[item])) {
                    heap.offer(item, score[item]);
                }
            }
            float[][] scores = new float[1][];
            int[] best = heap.drain(scores);
            int[] expected = IntStream.range(0, n).boxed()
                    .sorted(Comparator.<Integer, Float>comparing(i -> score[i]).reversed().thenComparing(i -> i))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            assertThat(best).containsExactly(expected);
            for (int b = 0; b < best.length; b++) {
                assertThat(scores[0][b]).isEqualTo(score[best[b]]);
            }
            assertThat(heap.drain(scores)).as("drained").isEmpty();
        }
    }
}
