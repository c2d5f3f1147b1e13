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
        Split first = Splits.holdout(m, 0.5, 7);
        Split again = Splits.holdout(m, 0.5, 7);
        assertThat(first.testItems()).isDeepEqualTo(again.testItems());
        assertThat(first.testItems()[0]).hasSize(2);
        assertThat(first.testItems()[2]).hasSize(1);
        assertThat(first.train().rowLength(2)).isEqualTo(1);
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
        assertThatThrownBy(() -> Splits.holdout(m, 1.0, 1)).hasMessageContaining("between 0 and 1");
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
