package io.tastelab.engine.sample;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.interactions.InteractionMatrix;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in sample's synthetic ratings: reproducible, sized for a demo, and with tastes that follow genres. */
class SampleInteractionsTest {

    private static final Catalog SAMPLE = SampleWorkspace.load();

    @Test
    void theCommittedCsvIsWhatTheGeneratorWritesByteForByte() throws Exception {
        StringWriter generated = new StringWriter();
        SampleInteractions.write(SampleInteractions.generate(SampleWorkspace.shippedCatalog(), SampleInteractions.SEED), generated);
        String committed;
        try (InputStream in = SampleWorkspace.class.getResourceAsStream(SampleWorkspace.INTERACTIONS)) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(committed).as("regenerate with: tastelab sample-interactions --out resources/sample/interactions.csv")
                .isEqualTo(generated.toString());
    }

    @Test
    void everyUserHasEnoughHistoryAndEveryItemIsRated() {
        InteractionMatrix matrix = SampleWorkspace.interactions(SAMPLE);
        assertThat(matrix.userCount()).isEqualTo(SampleInteractions.USERS);
        assertThat(matrix.itemCount()).isEqualTo(SAMPLE.size());
        assertThat(matrix.nnz()).isBetween(5_000, 9_000);
        assertThat(matrix.userId(0)).isEqualTo("u001");
        for (int u = 0; u < matrix.userCount(); u++) {
            assertThat(matrix.rowLength(u)).isBetween(SampleInteractions.MIN_PER_USER, SampleInteractions.MAX_PER_USER);
        }
        for (int i = 0; i < SAMPLE.size(); i++) {
            assertThat(matrix.columnLength(i)).as(SAMPLE.item(i).id()).isPositive();
        }
    }

    @Test
    void usersFavourTheirGenresFarAboveTheCatalogsShare() {
        InteractionMatrix matrix = SampleWorkspace.interactions(SAMPLE);
        Map<String, Integer> catalogGenres = new HashMap<>();
        SAMPLE.items().forEach(item -> item.genres().forEach(genre -> catalogGenres.merge(genre, 1, Integer::sum)));
        int focused = 0;
        for (int u = 0; u < matrix.userCount(); u++) {
            Map<String, Integer> mine = new HashMap<>();
            int[] items = matrix.rowItems(u);
            for (int item : items) {
                SAMPLE.item(item).genres().forEach(genre -> mine.merge(genre, 1, Integer::sum));
            }
            String top = mine.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            double shareOfMine = mine.get(top) / (double) items.length;
            double shareOfCatalog = catalogGenres.get(top) / (double) SAMPLE.size();
            if (shareOfMine >= 2 * shareOfCatalog) {
                focused++;
            }
        }
        assertThat(focused).as("users whose favourite genre is at least twice as common in their history as in the catalog")
                .isGreaterThan(matrix.userCount() * 9 / 10);
    }

    @Test
    void theSamplesPopularityIsHowManyOfItsUsersRatedEachItem() {
        // Counted by hand from the ratings file, one set of raters per item.
        Map<String, java.util.Set<String>> raters = new HashMap<>();
        for (SampleInteractions.Rating rating : SampleInteractions.generate(SampleWorkspace.shippedCatalog(), SampleInteractions.SEED)) {
            raters.computeIfAbsent(rating.item(), id -> new java.util.HashSet<>()).add(rating.user());
        }
        for (int i = 0; i < SAMPLE.size(); i++) {
            assertThat(SAMPLE.popularity(i)).as(SAMPLE.item(i).id()).isEqualTo(raters.get(SAMPLE.item(i).id()).size());
        }
    }

    @Test
    void ratingsAreStarsAndFollowTheMatch() {
        List<SampleInteractions.Rating> ratings = SampleInteractions.generate(SAMPLE, 7);
        assertThat(ratings).allSatisfy(r -> assertThat(r.rating()).isBetween(1, 5));
        assertThat(ratings).isNotEqualTo(SampleInteractions.generate(SAMPLE, 8));
    }
}
