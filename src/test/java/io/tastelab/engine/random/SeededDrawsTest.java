package io.tastelab.engine.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeededDrawsTest {

    @Test
    void drawsFollowJaxStatefulGeneratorFromTheSeed() {
        // jax/_src/random/stateful_rng.py docstring: uniform(fold_in(key(42), i)) for i = 0..3.
        SeededDraws draws = new SeededDraws(42);
        assertThat(draws.uniform(1)).containsExactly(0.5302608013153076f);
        assertThat(draws.uniform(1)).containsExactly(0.7276642322540283f);
        assertThat(draws.uniform(1)).containsExactly(0.6672406196594238f);
        assertThat(draws.uniform(1)).containsExactly(0.38901209831237793f);
        assertThat(draws.drawsTaken()).isEqualTo(4);
    }

    @Test
    void sameSeedGivesTheSameSequence() {
        SeededDraws first = new SeededDraws(2024);
        SeededDraws second = new SeededDraws(2024);
        for (int i = 0; i < 20; i++) {
            assertThat(first.pick(1000)).isEqualTo(second.pick(1000));
        }
        assertThat(first.randintArray(50, -5, 5)).containsExactly(second.randintArray(50, -5, 5));
        assertThat(first.permutation(30)).containsExactly(second.permutation(30));
    }

    @Test
    void pickIsRandintOnTheDrawsKey() {
        SeededDraws draws = new SeededDraws(7);
        PrngKey root = PrngKey.fromSeed(7);
        for (int i = 0; i < 5; i++) {
            int expected = JaxRandom.randint(PrngMode.PARTITIONABLE, JaxRandom.foldIn(PrngMode.PARTITIONABLE, root, i),
                    new int[0], 0, 10)[0];
            assertThat(draws.pick(10)).isEqualTo(expected);
        }
    }

    @Test
    void successiveDrawsDiffer() {
        SeededDraws draws = new SeededDraws(1);
        assertThat(draws.randintArray(20, 0, 1_000_000)).isNotEqualTo(draws.randintArray(20, 0, 1_000_000));
    }

    @Test
    void picksStayInRangeAndReachEveryIndex() {
        SeededDraws draws = new SeededDraws(99);
        boolean[] seen = new boolean[5];
        for (int i = 0; i < 200; i++) {
            int index = draws.pick(5);
            assertThat(index).isBetween(0, 4);
            seen[index] = true;
        }
        assertThat(seen).containsOnly(true);
    }

    @Test
    void pickFromNothingIsRejected() {
        assertThatThrownBy(() -> new SeededDraws(0).pick(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-empty");
    }

    @Test
    void seedIsKeptForTheUi() {
        assertThat(new SeededDraws(-12345L).seed()).isEqualTo(-12345L);
    }
}
