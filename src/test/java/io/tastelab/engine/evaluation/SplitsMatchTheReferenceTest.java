package io.tastelab.engine.evaluation;

import io.tastelab.engine.interactions.InteractionMatrix;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming {@link Splits} pick exactly what the first implementation ({@link ReferenceSplits}) picked, on
 * rows with re-rated items, timestamp ties, missing timestamps, and numeric or string ids.
 */
class SplitsMatchTheReferenceTest {

    @Property(tries = 300)
    void everySplitMatchesTheReference(@ForAll @Size(min = 1, max = 120) List<@IntRange(min = 0, max = 9) Integer> users,
                                       @ForAll @IntRange(min = 0, max = 3) int kind,
                                       @ForAll @IntRange(min = 1, max = 4) int leaveOut,
                                       @ForAll boolean timestamps,
                                       @ForAll boolean numericIds,
                                       @ForAll long seed) {
        int n = users.size();
        int items = 12;
        int[] u = new int[n];
        int[] i = new int[n];
        long[] t = new long[n];
        float[] v = new float[n];
        for (int e = 0; e < n; e++) {
            u[e] = users.get(e);
            i[e] = (int) Math.floorMod(seed * 31 + 17L * e * (e + 5), items);
            t[e] = Math.floorMod(seed + 7L * e, 6);
            v[e] = 1 + Math.floorMod(e * 3L + seed, 5);
        }
        String[] userIds = new String[10];
        for (int user = 0; user < userIds.length; user++) {
            userIds[user] = "user" + user;
        }
        String[] itemIds = new String[items];
        for (int item = 0; item < items; item++) {
            itemIds[item] = numericIds ? Integer.toString((item * 7) % items * 3 + 1) : "id" + ((item * 5) % items);
        }
        InteractionMatrix m = InteractionMatrix.fromCoordinates(userIds, items, u, i, v, timestamps ? t : null, null, n);
        ItemOrder order = ItemOrder.of(itemIds);
        Split actual;
        Split expected;
        switch (kind) {
            case 0 -> {
                actual = Splits.leaveLastOut(m, order, leaveOut);
                expected = ReferenceSplits.leaveLastOut(m, order, leaveOut);
            }
            case 1 -> {
                actual = Splits.holdout(m, order, 0.3, seed);
                expected = ReferenceSplits.holdout(m, order, 0.3, seed);
            }
            case 2 -> {
                actual = Splits.holdout(m, order, 0.6, seed);
                expected = ReferenceSplits.holdout(m, order, 0.6, seed);
            }
            default -> {
                if (!timestamps) {
                    return;
                }
                actual = Splits.temporal(m, 0.3);
                expected = ReferenceSplits.temporal(m, 0.3);
            }
        }
        assertThat(actual.description()).isEqualTo(expected.description());
        assertThat(actual.candidateItems()).isEqualTo(expected.candidateItems());
        assertThat(actual.testItems()).isDeepEqualTo(expected.testItems());
        assertThat(actual.testValues()).isDeepEqualTo(expected.testValues());
        InteractionMatrix a = actual.train();
        InteractionMatrix b = expected.train();
        assertThat(a.userCount()).isEqualTo(b.userCount());
        assertThat(a.nnz()).isEqualTo(b.nnz());
        assertThat(a.hasTimestamps()).isEqualTo(b.hasTimestamps());
        for (int user = 0; user < a.userCount(); user++) {
            assertThat(a.userId(user)).isEqualTo(b.userId(user));
            assertThat(a.rowItems(user)).isEqualTo(b.rowItems(user));
            assertThat(a.rowValues(user)).isEqualTo(b.rowValues(user));
            assertThat(a.rowTimestamps(user)).isEqualTo(b.rowTimestamps(user));
        }
    }
}
