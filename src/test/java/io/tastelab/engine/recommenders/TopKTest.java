package io.tastelab.engine.recommenders;

import io.tastelab.engine.pipeline.CandidateSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TopKTest {

    @Test
    void selectsHighestCountsBestFirstWithTiesToTheSmallerIndex() {
        long[] counts = {3, 7, 7, 1, 9, 7};
        int[] top = TopK.select(CandidateSet.all(counts.length), i -> counts[i], Integer::compare, 4);
        assertThat(top).containsExactly(4, 1, 2, 5);
    }

    @Test
    void askingForMoreThanThereAreReturnsAllSorted() {
        long[] counts = {2, 5};
        assertThat(TopK.select(CandidateSet.all(2), i -> counts[i], Integer::compare, 10)).containsExactly(1, 0);
        assertThat(TopK.select(CandidateSet.all(2), i -> counts[i], Integer::compare, 0)).isEmpty();
    }

    @Property
    void agreesWithAFullSort(@ForAll @Size(max = 200) List<@IntRange(min = 0, max = 20) Integer> values,
                             @ForAll @IntRange(min = 0, max = 50) int k) {
        long[] counts = values.stream().mapToLong(Integer::longValue).toArray();
        int[] expected = IntStream.range(0, counts.length).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> -counts[i]).thenComparing(Comparator.naturalOrder()))
                .limit(k).mapToInt(Integer::intValue).toArray();
        assertThat(TopK.select(CandidateSet.all(counts.length), i -> counts[i], Integer::compare, k)).containsExactly(expected);
    }
}
