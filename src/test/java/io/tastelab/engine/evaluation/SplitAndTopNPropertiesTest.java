package io.tastelab.engine.evaluation;

import io.tastelab.engine.interactions.InteractionMatrix;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of splits and top-N selection on arbitrary small data. */
class SplitAndTopNPropertiesTest {

    @Property(tries = 200)
    void topNReturnsAtMostNDistinctAllowedItemsInOrder(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 5) Integer> raw,
                                                       @ForAll @IntRange(min = 0, max = 50) int n,
                                                       @ForAll @IntRange(min = 2, max = 4) int modulus) {
        float[] scores = new float[raw.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = raw.get(i);
        }
        int[] top = TopN.select(scores, item -> item % modulus != 0, ItemOrder.byIndex(scores.length), n);
        long allowed = java.util.stream.IntStream.range(0, scores.length).filter(i -> i % modulus != 0).count();
        assertThat(top.length).isEqualTo((int) Math.min(n, allowed));
        assertThat(Arrays.stream(top).distinct().count()).isEqualTo(top.length);
        for (int r = 0; r < top.length; r++) {
            assertThat(top[r] % modulus).isNotZero();
            if (r > 0) {
                // Non-increasing scores; equal scores in increasing id.
                assertThat(scores[top[r - 1]] > scores[top[r]] || (scores[top[r - 1]] == scores[top[r]] && top[r - 1] < top[r])).isTrue();
            }
        }
    }

    @Property(tries = 100)
    void everySplitPartitionsTheDeduplicatedInteractions(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 7) Integer> users,
                                                         @ForAll @IntRange(min = 0, max = 2) int kind,
                                                         @ForAll long seed) {
        int n = users.size();
        int[] u = new int[n];
        int[] i = new int[n];
        long[] t = new long[n];
        float[] v = new float[n];
        for (int e = 0; e < n; e++) {
            u[e] = users.get(e);
            i[e] = Math.floorMod(seed + 31L * e * (e + 3), 9);
            t[e] = (e * 7L) % 5;
            v[e] = 1;
        }
        String[] userIds = {"a", "b", "c", "d", "e", "f", "g", "h"};
        InteractionMatrix m = InteractionMatrix.fromCoordinates(userIds, 9, u, i, v, t, null, n);
        ItemOrder order = ItemOrder.byIndex(9);
        Split split = switch (kind) {
            case 0 -> Splits.leaveLastOut(m, order, 1);
            case 1 -> Splits.holdout(m, order, 0.3, seed);
            default -> Splits.temporal(m, 0.3);
        };
        for (int user = 0; user < userIds.length; user++) {
            Set<Integer> all = new HashSet<>();
            for (int p = 0; p < n; p++) {
                if (u[p] == user) {
                    all.add(i[p]);
                }
            }
            Set<Integer> train = new HashSet<>();
            for (int item : split.train().rowItems(user)) {
                assertThat(train.add(item)).as("no duplicate training item").isTrue();
            }
            Set<Integer> test = new HashSet<>();
            for (int item : split.testItems()[user]) {
                test.add(item);
            }
            assertThat(java.util.Collections.disjoint(train, test)).isTrue();
            Set<Integer> union = new HashSet<>(train);
            union.addAll(test);
            assertThat(union).isEqualTo(all);
            if (kind != 2) {
                // Per-user splits never take a user's last training item.
                assertThat(train.isEmpty()).isEqualTo(all.isEmpty());
            }
        }
    }
}
