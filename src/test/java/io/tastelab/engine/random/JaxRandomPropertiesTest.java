package io.tastelab.engine.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the draws over many keys, in both modes. */
class JaxRandomPropertiesTest {

    @Property(tries = 200)
    void uniformStaysInItsHalfOpenRange(@ForAll long seed, @ForAll PrngMode mode) {
        PrngKey key = PrngKey.fromSeed(seed);
        for (float u : JaxRandom.uniform(mode, key, 64)) {
            assertThat(u).isGreaterThanOrEqualTo(0f).isLessThan(1f);
        }
        for (float u : JaxRandom.uniform(mode, key, new int[] {64}, -5f, 5f)) {
            assertThat(u).isGreaterThanOrEqualTo(-5f).isLessThan(5f);
        }
    }

    @Property(tries = 200)
    void randintStaysInItsHalfOpenRange(@ForAll long seed, @ForAll PrngMode mode,
            @ForAll @IntRange(min = -1000, max = 1000) int lo, @ForAll @IntRange(min = 1, max = 100_000) int width) {
        for (int v : JaxRandom.randint(mode, PrngKey.fromSeed(seed), new int[] {32}, lo, lo + width)) {
            assertThat(v).isGreaterThanOrEqualTo(lo).isLessThan(lo + width);
        }
    }

    @Property(tries = 100)
    void permutationContainsEveryIndexOnce(@ForAll long seed, @ForAll PrngMode mode,
            @ForAll @IntRange(min = 0, max = 3000) int n) {
        int[] p = JaxRandom.permutation(mode, PrngKey.fromSeed(seed), n);
        assertThat(Arrays.stream(p).sorted().toArray()).isEqualTo(IntStream.range(0, n).toArray());
    }

    @Property(tries = 100)
    void choiceWithoutReplacementNeverRepeats(@ForAll long seed, @ForAll PrngMode mode,
            @ForAll @IntRange(min = 1, max = 200) int n, @ForAll @IntRange(min = 0, max = 200) int draws) {
        int k = Math.min(n, draws);
        int[] chosen = JaxRandom.choice(mode, PrngKey.fromSeed(seed), n, new int[] {k}, false);
        assertThat(chosen).hasSize(k).doesNotHaveDuplicates();
        for (int i : chosen) {
            assertThat(i).isBetween(0, n - 1);
        }
    }

    @Property(tries = 100)
    void normalIsFinite(@ForAll long seed, @ForAll PrngMode mode) {
        for (float z : JaxRandom.normal(mode, PrngKey.fromSeed(seed), 64)) {
            assertThat(z).isFinite();
        }
    }
}
