package io.tastelab.engine.interactions;

import io.tastelab.engine.exchange.MovieLensImporter;
import io.tastelab.engine.task.Progress;
import io.tastelab.engine.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticInteractionsTest {

    @Test
    void theSameSeedGivesTheSameRatingsAndAnotherSeedOthers() throws Exception {
        InteractionMatrix a = new SyntheticInteractions(200, 100, 8, 3000, 1).toMatrix(Progress.NONE);
        InteractionMatrix b = new SyntheticInteractions(200, 100, 8, 3000, 1).toMatrix(Progress.NONE);
        InteractionMatrix c = new SyntheticInteractions(200, 100, 8, 3000, 2).toMatrix(Progress.NONE);
        assertThat(a.csr()).usingRecursiveComparison().isEqualTo(b.csr());
        assertThat(a.csr().columnIndices()).isNotEqualTo(c.csr().columnIndices());
    }

    @Test
    void makesExactlyTheAskedNumberOfDistinctHalfStarRatings() throws Exception {
        InteractionMatrix m = new SyntheticInteractions(300, 120, 6, 5000, 3).toMatrix(Progress.NONE);
        assertThat(m.nnz()).isEqualTo(5000);
        for (int u = 0; u < m.userCount(); u++) {
            int[] items = m.rowItems(u);
            Set<Integer> distinct = new HashSet<>();
            for (int item : items) {
                distinct.add(item);
            }
            assertThat(distinct).hasSameSizeAs(items);
            for (float rating : m.rowValues(u)) {
                assertThat(rating).isBetween(0.5f, 5f);
                assertThat(rating * 2).isEqualTo((float) Math.rint(rating * 2));
            }
        }
    }

    @Test
    void popularityHasALongTail() throws Exception {
        InteractionMatrix m = new SyntheticInteractions(2000, 1000, 16, 40_000, 4).toMatrix(Progress.NONE);
        long[] counts = InteractionPopularity.interactionsPerItem(m);
        java.util.Arrays.sort(counts);
        long top = 0;
        for (int i = 0; i < 100; i++) {
            top += counts[counts.length - 1 - i];
        }
        assertThat(top / 40_000.0).as("share of the top 10%% of items").isGreaterThan(0.3);
    }

    @Test
    void usersRateTheirFavouriteClusterHigherThanTheRest() throws Exception {
        SyntheticInteractions generator = new SyntheticInteractions(1000, 800, 8, 30_000, 5);
        InteractionMatrix m = generator.toMatrix(Progress.NONE);
        int[] cluster = generator.clusterOfItem();
        double favouriteSum = 0;
        long favouriteCount = 0;
        double otherSum = 0;
        long otherCount = 0;
        for (int u = 0; u < m.userCount(); u++) {
            int[] items = m.rowItems(u);
            float[] ratings = m.rowValues(u);
            int[] perCluster = new int[8];
            for (int item : items) {
                perCluster[cluster[item]]++;
            }
            int favourite = 0;
            for (int c = 1; c < 8; c++) {
                if (perCluster[c] > perCluster[favourite]) {
                    favourite = c;
                }
            }
            for (int p = 0; p < items.length; p++) {
                if (cluster[items[p]] == favourite) {
                    favouriteSum += ratings[p];
                    favouriteCount++;
                } else {
                    otherSum += ratings[p];
                    otherCount++;
                }
            }
        }
        assertThat(favouriteSum / favouriteCount).isGreaterThan(otherSum / otherCount + 0.5);
    }

    @Test
    void writesMovieLensFilesThatTheImporterReadsBack(@TempDir Path dir) throws Exception {
        SyntheticInteractions generator = new SyntheticInteractions(50, 40, 4, 600, 6);
        generator.writeMovieLens(dir.resolve("ml"), Progress.NONE);
        List<String> lines = Files.readAllLines(dir.resolve("ml/ratings.csv"));
        assertThat(lines.getFirst()).isEqualTo("userId,movieId,rating,timestamp");
        assertThat(lines).hasSize(601);
        try (Workspace workspace = Workspace.create(dir.resolve("w.tastelab"))) {
            var report = MovieLensImporter.importFiles(workspace, dir.resolve("ml/ratings.csv"), dir.resolve("ml/movies.csv"),
                    false, Progress.NONE);
            assertThat(report.interactions()).isEqualTo(600);
            assertThat(workspace.counts()).isEqualTo(new Workspace.Counts(40, 50, 600));
        }
    }

    @Test
    void impossibleSizesAreRefused() {
        assertThatThrownBy(() -> new SyntheticInteractions(10, 10, 2, 60, 0))
                .hasMessageContaining("more than half of 10 users × 10 items");
    }
}
