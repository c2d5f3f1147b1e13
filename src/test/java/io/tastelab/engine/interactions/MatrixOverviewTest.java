package io.tastelab.engine.interactions;

import io.tastelab.engine.task.Progress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatrixOverviewTest {

    @Test
    void sortedOverviewPutsTheMostActiveUserOnTopAndTheMostPopularItemLeft() {
        // Tiny matrix (u0: i0, i2; u1: i2; u2: i1, i0), at full resolution.
        MatrixOverview overview = MatrixOverview.of(InteractionMatrixTest.tiny(), 10, 10, true, Progress.NONE);
        assertThat(overview.width()).isEqualTo(4);
        assertThat(overview.height()).isEqualTo(3);
        assertThat(overview.userOrder()).containsExactly(0, 2, 1);
        assertThat(overview.itemOrder()).containsExactly(0, 2, 1, 3);
        assertThat(overview.counts()).containsExactly(
                1, 1, 0, 0,
                1, 0, 1, 0,
                0, 1, 0, 0);
        assertThat(overview.maxCount()).isEqualTo(1);
    }

    @Test
    void aLargeMatrixIsAggregatedIntoBandsThatKeepEveryInteraction() throws Exception {
        InteractionMatrix m = new SyntheticInteractions(5000, 3000, 8, 60_000, 9).toMatrix(Progress.NONE);
        MatrixOverview overview = MatrixOverview.of(m, 64, 40, true, Progress.NONE);
        long total = 0;
        for (int count : overview.counts()) {
            total += count;
        }
        assertThat(total).isEqualTo(60_000);
        assertThat(overview.counts()[0]).as("the top-left cell (heaviest users × most popular items)")
                .isGreaterThan(overview.counts()[39 * 64 + 63]);
        int users = 0;
        for (int y = 0; y < 40; y++) {
            users += overview.usersInRow(y).length;
        }
        assertThat(users).isEqualTo(5000);
        assertThat(overview.usersInRow(0)[0]).isEqualTo(overview.userOrder()[0]);
    }
}
