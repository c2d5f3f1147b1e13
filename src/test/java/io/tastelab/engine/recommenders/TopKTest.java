package io.tastelab.engine.recommenders;

import io.tastelab.engine.pipeline.CandidateSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.nio.LongBuffer;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TopKTest {

    @Test
    void selectsHighestCountsBestFirstWithTiesToTheSmallerIndex() {
        long[] counts = {3, 7, 7, 1, 9, 7};
        int[] top = TopK.select(LongBuffer.wrap(counts), CandidateSet.all(counts.length), Integer::compare, 4);
        assertThat(top).containsExactly(4, 1, 2, 5);
    }

    @Test
    void askingForMoreThanThereAreReturnsAllSorted() {
        long[] counts = {2, 5};
        assertThat(TopK.select(LongBuffer.wrap(counts), CandidateSet.all(2), Integer::compare, 10)).containsExactly(1, 0);
        assertThat(TopK.select(LongBuffer.wrap(counts), CandidateSet.all(2), Integer::compare, 0)).isEmpty();
    }

    @Property
    void agreesWithAFullSort(@ForAll @Size(max = 200) List<@IntRange(min = 0, max = 20) Integer> values,
                             @ForAll @IntRange(min = 0, max = 50) int k) {
        long[] counts = values.stream().mapToLong(Integer::longValue).toArray();
        int[] expected = IntStream.range(0, counts.length).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> -counts[i]).thenComparing(Comparator.naturalOrder()))
                .limit(k).mapToInt(Integer::intValue).toArray();
        assertThat(TopK.select(LongBuffer.wrap(counts), CandidateSet.all(counts.length), Integer::compare, k)).containsExactly(expected);
    }

    @Property
    void agreesWithAFullSortOnAListedSubset(@ForAll @Size(max = 200) List<@IntRange(min = 0, max = 20) Integer> values,
                                            @ForAll @IntRange(min = 0, max = 50) int k) {
        long[] counts = values.stream().mapToLong(Integer::longValue).toArray();
        // Every other index, in reverse: the tie-break is by index, not by position in the candidate list.
        int[] subset = IntStream.iterate(counts.length - 1, i -> i >= 0, i -> i - 2).toArray();
        int[] expected = IntStream.of(subset).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> -counts[i]).thenComparing(Comparator.naturalOrder()))
                .limit(k).mapToInt(Integer::intValue).toArray();
        assertThat(TopK.select(LongBuffer.wrap(counts), CandidateSet.of(subset), Integer::compare, k)).containsExactly(expected);
    }

    @Test
    void largeCatalogsSplitAcrossCoresGiveTheSequentialAnswer() {
        // Few distinct counts, so the best k are decided by ties across the parts' boundaries.
        int n = 3 * TopK.PARALLEL_THRESHOLD + 17;
        long[] counts = new long[n];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < n; i++) {
            counts[i] = random.nextInt(50);
        }
        counts[n - 1] = 49;
        for (int k : new int[] {1, 10, 1000}) {
            int[] expected = IntStream.range(0, n).boxed()
                    .sorted(Comparator.<Integer>comparingLong(i -> -counts[i]).thenComparing(Comparator.naturalOrder()))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            assertThat(TopK.select(LongBuffer.wrap(counts), CandidateSet.all(n), Integer::compare, k)).containsExactly(expected);
            // Reversed tie-break: larger index first.
            int[] reversed = IntStream.range(0, n).boxed()
                    .sorted(Comparator.<Integer>comparingLong(i -> -counts[i]).thenComparing(Comparator.reverseOrder()))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            assertThat(TopK.select(LongBuffer.wrap(counts), CandidateSet.all(n), (a, b) -> Integer.compare(b, a), k))
                    .containsExactly(reversed);
        }
    }
}
