package io.tastelab.engine.evaluation;

import io.tastelab.engine.interactions.InteractionMatrix;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SplitsTest {

    /** Items with ids "2", "9", "10", "30"; indices 0..3. */
    private static final String[] ITEM_IDS = {"2", "9", "10", "30"};

    private static InteractionMatrix matrix(String[] users, int[] u, int[] i, long[] t) {
        float[] values = new float[u.length];
        Arrays.fill(values, 1f);
        return InteractionMatrix.fromCoordinates(users, ITEM_IDS.length, u, i, values, t, null, u.length);
    }

    @Test
    void leaveLastOutTakesTheLatestInteraction() {
        InteractionMatrix m = matrix(new String[] {"a"}, new int[] {0, 0, 0}, new int[] {0, 1, 3}, new long[] {5, 9, 7});
        Split split = Splits.leaveLastOut(m, ItemOrder.of(ITEM_IDS), 1);
        assertThat(split.testItems()[0]).containsExactly(1);
        assertThat(split.train().rowItems(0)).containsExactly(0, 3);
    }

    @Test
    void leaveLastOutBreaksTimestampTiesToTheLargerIdInNumericOrder() {
        // Items "9" and "10" share the latest timestamp: "10" is larger as a number (though smaller as a string).
        InteractionMatrix m = matrix(new String[] {"a"}, new int[] {0, 0, 0}, new int[] {0, 1, 2}, new long[] {1, 5, 5});
        Split split = Splits.leaveLastOut(m, ItemOrder.of(ITEM_IDS), 1);
        assertThat(split.testItems()[0]).containsExactly(2);
    }

    @Test
    void leaveLastOutBreaksTiesByStringOrderWhenAnyIdIsNotANumber() {
        String[] ids = {"b", "a9", "a10"};
        float[] values = {1, 1};
        InteractionMatrix m = InteractionMatrix.fromCoordinates(new String[] {"u"}, 3, new int[] {0, 0}, new int[] {1, 2},
                values, new long[] {5, 5}, null, 2);
        Split split = Splits.leaveLastOut(m, ItemOrder.of(ids), 1);
        assertThat(split.testItems()[0]).containsExactly(1); // "a9" > "a10" as strings
    }

    @Test
    void usersWithOneInteractionStayInTrainingAndAreNotEvaluated() {
        InteractionMatrix m = matrix(new String[] {"a", "b"}, new int[] {0, 0, 1}, new int[] {0, 1, 2}, new long[] {1, 2, 3});
        Split split = Splits.leaveLastOut(m, ItemOrder.of(ITEM_IDS), 1);
        assertThat(split.testItems()[1]).isEmpty();
        assertThat(split.train().rowItems(1)).containsExactly(2);
        assertThat(split.testUserCount()).isEqualTo(1);
    }

    @Test
    void candidatesAreItemsSeenInTraining() {
        // Item 3 ("30") only ever appears as a test item: it is no candidate.
        InteractionMatrix m = matrix(new String[] {"a", "b"}, new int[] {0, 0, 1, 1}, new int[] {0, 3, 1, 2}, new long[] {1, 2, 1, 2});
        Split split = Splits.leaveLastOut(m, ItemOrder.of(ITEM_IDS), 1);
        assertThat(split.candidateItems()).containsExactly(true, true, false, false);
    }

    @Test
    void duplicateInteractionsCountOnceWithTheLatestTimestamp() {
        // User re-reads item 0 at time 10: item 0 is the latest, and it is no longer in training.
        InteractionMatrix m = matrix(new String[] {"a"}, new int[] {0, 0, 0}, new int[] {0, 1, 0}, new long[] {1, 5, 10});
        Split split = Splits.leaveLastOut(m, ItemOrder.of(ITEM_IDS), 1);
        assertThat(split.testItems()[0]).containsExactly(0);
        assertThat(split.train().rowItems(0)).containsExactly(1);
    }

    @Test
    void holdoutIsSeededAndKeepsAtLeastOneTrainingItem() {
        int n = 10;
        int[] u = new int[n];
        int[] i = new int[n];
        long[] t = new long[n];
        for (int e = 0; e < n; e++) {
            i[e] = e % 4;
            u[e] = e / 4;
        }
        InteractionMatrix m = matrix(new String[] {"a", "b", "c"}, u, i, t);
        Split first = Splits.holdout(m, ItemOrder.of(ITEM_IDS), 0.5, 7);
        Split again = Splits.holdout(m, ItemOrder.of(ITEM_IDS), 0.5, 7);
        assertThat(first.testItems()).isDeepEqualTo(again.testItems());
        assertThat(first.testItems()[0]).hasSize(2);
        assertThat(first.testItems()[2]).hasSize(1);
        assertThat(first.train().rowLength(2)).isEqualTo(1);
    }

    @Test
    void holdoutPicksTheSameInteractionsWhateverTheInputOrder() {
        // The same interactions, users and items listed in another order (so other indices): the held-out
        // (user id, item id) pairs must not change, because another engine (Spark) has no such indices.
        String[] ids = {"2", "9", "10", "30", "41", "57"};
        String[] reversedIds = {"57", "41", "30", "10", "9", "2"};
        int users = 5;
        int[] u = new int[users * 6];
        int[] i = new int[users * 6];
        int[] ru = new int[users * 6];
        int[] ri = new int[users * 6];
        for (int e = 0; e < u.length; e++) {
            u[e] = e / 6;
            i[e] = e % 6;
            ru[e] = users - 1 - e / 6;
            ri[e] = 5 - e % 6;
        }
        float[] values = new float[u.length];
        Arrays.fill(values, 1f);
        String[] userIds = {"u0", "u1", "u2", "u3", "u4"};
        String[] reversedUsers = {"u4", "u3", "u2", "u1", "u0"};
        Split split = Splits.holdout(InteractionMatrix.fromCoordinates(userIds, 6, u, i, values, null, null, u.length),
                ItemOrder.of(ids), 0.5, 11);
        Split reversed = Splits.holdout(InteractionMatrix.fromCoordinates(reversedUsers, 6, ru, ri, values, null, null,
                u.length), ItemOrder.of(reversedIds), 0.5, 11);
        for (int user = 0; user < users; user++) {
            assertThat(idsOf(split.testItems()[user], ids)).hasSize(3)
                    .isEqualTo(idsOf(reversed.testItems()[users - 1 - user], reversedIds));
        }
    }

    @Test
    void holdoutDrawsDependOnSeedUserAndItem() {
        long draw = HoldoutDraw.of(3, "u1", "42");
        assertThat(HoldoutDraw.of(3, "u1", "42")).isEqualTo(draw);
        assertThat(HoldoutDraw.of(4, "u1", "42")).isNotEqualTo(draw);
        assertThat(HoldoutDraw.of(3, "u2", "42")).isNotEqualTo(draw);
        assertThat(HoldoutDraw.of(3, "u1", "43")).isNotEqualTo(draw);
        assertThat(draw).isBetween(0L, 0xFFFF_FFFFL);
    }

    private static java.util.Set<String> idsOf(int[] items, String[] ids) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (int item : items) {
            out.add(ids[item]);
        }
        return out;
    }

    @Test
    void holdoutCountRoundsAndKeepsOneOnEachSide() {
        assertThat(Splits.holdoutCount(2, 0.2)).isEqualTo(1);
        assertThat(Splits.holdoutCount(10, 0.2)).isEqualTo(2);
        assertThat(Splits.holdoutCount(3, 0.9)).isEqualTo(2);
    }

    @Test
    void temporalSplitCutsAllUsersAtOneTime() {
        InteractionMatrix m = matrix(new String[] {"a", "b"}, new int[] {0, 0, 1, 1}, new int[] {0, 1, 2, 3}, new long[] {1, 4, 2, 3});
        Split split = Splits.temporal(m, 0.5);
        // Sorted times 1 2 3 4; cut-off at position floor(0.5 × 4) = 2, time 3.
        assertThat(split.testItems()[0]).containsExactly(1);
        assertThat(split.testItems()[1]).containsExactly(3);
    }

    @Test
    void fractionOutsideZeroOneIsRefused() {
        InteractionMatrix m = matrix(new String[] {"a"}, new int[] {0}, new int[] {0}, new long[] {1});
        assertThatThrownBy(() -> Splits.holdout(m, ItemOrder.of(ITEM_IDS), 1.0, 1)).hasMessageContaining("between 0 and 1");
    }

    @Test
    void temporalSplitWithoutTimestampsIsRefused() {
        InteractionMatrix m = InteractionMatrix.fromCoordinates(new String[] {"a"}, 2, new int[] {0, 0}, new int[] {0, 1},
                new float[] {1, 1}, null, null, 2);
        assertThatThrownBy(() -> Splits.temporal(m, 0.5)).hasMessageContaining("needs timestamps");
    }

    @Test
    void leaveLastOutWithoutTimestampsHoldsOutTheLargestIdAndSaysSo() {
        InteractionMatrix m = InteractionMatrix.fromCoordinates(new String[] {"a"}, 4, new int[] {0, 0, 0}, new int[] {2, 1, 0},
                new float[] {1, 1, 1}, null, null, 3);
        Split split = Splits.leaveLastOut(m, ItemOrder.of(ITEM_IDS), 1);
        assertThat(split.testItems()[0]).containsExactly(2); // "10" is the largest of 2, 9, 10
        assertThat(split.description()).contains("no timestamps");
    }
}
