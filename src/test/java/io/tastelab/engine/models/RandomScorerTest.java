package io.tastelab.engine.models;

import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.task.Progress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RandomScorerTest {

    private static final String[] USERS = {"u1", "alice", "42", "", "a user with spaces"};
    private static final String[] ITEMS = {"10", "9", "m-1", "m-2", "x", "1000000", "é"};

    @Test
    void onePairsScoreIsThatEntryOfTheUsersRow() {
        for (long seed : new long[] {0, 7, -3}) {
            RandomScorer scorer = new RandomScorer(USERS, ITEMS, seed);
            float[] row = new float[ITEMS.length];
            for (int user = 0; user < USERS.length; user++) {
                scorer.score(user, row);
                for (int item = 0; item < ITEMS.length; item++) {
                    assertThat(RandomScorer.score(seed, USERS[user], ITEMS[item])).as("seed %d user %d item %d", seed, user, item)
                            .isEqualTo(row[item]).isBetween(0f, 1f);
                }
            }
        }
    }

    /**
     * The same ids numbered in another order (a workspace's order against a file's first appearance) score the
     * same: what lets the Spark job, which numbers the exported file its own way, rank as this computer does.
     */
    @Test
    void scoresFollowTheIdsNotTheIndices() {
        String[] reversedUsers = reversed(USERS);
        String[] reversedItems = reversed(ITEMS);
        InteractionMatrix forward = InteractionMatrix.empty(USERS, ITEMS.length);
        InteractionMatrix backward = InteractionMatrix.empty(reversedUsers, ITEMS.length);
        ItemScorer a = RecommenderKind.RANDOM.train(forward, ITEMS, ModelParams.DEFAULTS, 11, Progress.NONE, TrainingListener.NONE);
        ItemScorer b = RecommenderKind.RANDOM.train(backward, reversedItems, ModelParams.DEFAULTS, 11, Progress.NONE,
                TrainingListener.NONE);
        float[] rowA = new float[ITEMS.length];
        float[] rowB = new float[ITEMS.length];
        int n = ITEMS.length;
        for (int user = 0; user < USERS.length; user++) {
            a.score(user, rowA);
            b.score(USERS.length - 1 - user, rowB);
            for (int item = 0; item < n; item++) {
                assertThat(rowB[n - 1 - item]).as("user %s item %s", USERS[user], ITEMS[item]).isEqualTo(rowA[item]);
            }
        }
        // and the seed matters
        float[] other = new float[n];
        new RandomScorer(USERS, ITEMS, 12).score(0, other);
        a.score(0, rowA);
        assertThat(other).isNotEqualTo(rowA);
    }

    /** Roughly uniform: 200 users × 500 items have a mean near 1/2 and fill each tenth of [0, 1) about equally. */
    @Test
    void scoresAreSpreadOverTheUnitInterval() {
        String[] users = new String[200];
        String[] items = new String[500];
        java.util.Arrays.setAll(users, i -> "user" + i);
        java.util.Arrays.setAll(items, Integer::toString);
        RandomScorer scorer = new RandomScorer(users, items, 3);
        float[] row = new float[items.length];
        long[] tenths = new long[10];
        double sum = 0;
        for (int user = 0; user < users.length; user++) {
            scorer.score(user, row);
            for (float score : row) {
                sum += score;
                tenths[(int) (score * 10)]++;
            }
        }
        double draws = (double) users.length * items.length;
        assertThat(sum / draws).isCloseTo(0.5, org.assertj.core.api.Assertions.within(0.005));
        for (long count : tenths) {
            assertThat(count / draws).isCloseTo(0.1, org.assertj.core.api.Assertions.within(0.004));
        }
    }

    private static String[] reversed(String[] ids) {
        String[] out = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = ids[ids.length - 1 - i];
        }
        return out;
    }
}
