package io.tastelab.engine.models;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RandomScorerTest {

    @Test
    void onePairsScoreIsThatEntryOfTheUsersRow() {
        int items = 1037;
        for (long seed : new long[] {0, 7, -3}) {
            RandomScorer scorer = new RandomScorer(items, seed);
            float[] row = new float[items];
            for (int user : new int[] {0, 1, 999, 123_456}) {
                scorer.score(user, row);
                for (int item = 0; item < items; item++) {
                    assertThat(RandomScorer.score(seed, user, item)).as("seed %d user %d item %d", seed, user, item)
                            .isEqualTo(row[item]);
                }
            }
        }
    }
}
