package io.tastelab.engine.recommenders;

import io.tastelab.engine.TinyCatalogs;
import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.pipeline.Explanations;
import io.tastelab.engine.pipeline.InvalidRequestException;
import io.tastelab.engine.pipeline.Recommendation;
import io.tastelab.engine.pipeline.RecommendationRequest;
import io.tastelab.engine.pipeline.ServerRule;
import io.tastelab.engine.pipeline.ServedList;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecommendersTest {

    private final Catalog catalog = TinyCatalogs.five();

    @Test
    void mostPopularOrdersByCountAndSkipsUnavailable() {
        Recommendation result = RecommenderKind.MOST_POPULAR.catalogRecommender().recommend(catalog, RecommendationRequest.top(3));
        assertThat(result.itemIds()).contains(List.of("b", "e", "a"));
        assertThat(result.trace().removals()).extracting(ServedList.Removal::rule).contains(ServerRule.UNAVAILABLE);
        assertThat(result.trace().ranking()).extracting(s -> catalog.item(s.index()).id()).startsWith("b", "c", "e");
    }

    @Test
    void mostPopularBreaksTiesById() {
        Catalog allAvailable = catalog.withAvailability(2, true);
        Recommendation result = RecommenderKind.MOST_POPULAR.catalogRecommender().recommend(allAvailable, RecommendationRequest.top(2));
        assertThat(result.itemIds()).contains(List.of("b", "c"));
    }

    @Test
    void numericIdsBreakTiesInNumericOrder() {
        Catalog numeric = Catalog.of(List.of(io.tastelab.engine.catalog.Item.of("113", "A", ""),
                io.tastelab.engine.catalog.Item.of("1117", "B", ""), io.tastelab.engine.catalog.Item.of("9", "C", "")),
                new long[] {2, 2, 2});
        Recommendation result = RecommenderKind.MOST_POPULAR.catalogRecommender().recommend(numeric, RecommendationRequest.top(3));
        assertThat(result.itemIds()).contains(List.of("9", "113", "1117"));
        Catalog mixed = numeric.withItem(2, io.tastelab.engine.catalog.Item.of("x9", "C", ""));
        assertThat(RecommenderKind.MOST_POPULAR.catalogRecommender().recommend(mixed, RecommendationRequest.top(3)).itemIds())
                .contains(List.of("1117", "113", "x9"));
    }

    @Test
    void serverAppliesCategoryAndExclusions() {
        RecommendationRequest request = RecommendationRequest.top(5).withCategory("book").withExcluded(Set.of("e"));
        Recommendation result = RecommenderKind.MOST_POPULAR.catalogRecommender().recommend(catalog, request);
        assertThat(result.itemIds()).contains(List.of("a"));
        assertThat(result.trace().removals()).extracting(r -> catalog.item(r.item().index()).id() + ":" + r.rule())
                .contains("b:CATEGORY", "c:UNAVAILABLE", "e:EXCLUDED", "d:CATEGORY");
    }

    @Test
    void serverAsksTheRankerForMoreWhenRulesRemoveTooMany() {
        long[] counts = {10, 9, 8, 7, 6, 5};
        boolean[] available = {false, false, false, true, true, true};
        Catalog mostlyGone = TinyCatalogs.of(counts, available, new String[] {"", "", "", "", "", ""});
        Recommendation result = RecommenderKind.MOST_POPULAR.catalogRecommender().recommend(mostlyGone, RecommendationRequest.top(2));
        assertThat(result.itemIds()).contains(List.of("i003", "i004"));
        assertThat(result.trace().rankingRounds()).isGreaterThan(1);
    }

    @Test
    void askingForZeroGivesAnEmptyListNotNone() {
        Recommendation result = RecommenderKind.MOST_POPULAR.catalogRecommender().recommend(catalog, RecommendationRequest.top(0));
        assertThat(result.itemIds()).contains(List.of());
        // Nothing is ranked, so the server removes nothing (no item "outside the requested category").
        Recommendation inContext = RecommenderKind.MOST_POPULAR.catalogRecommender().recommend(catalog,
                RecommendationRequest.top(0).withCategory("Film"));
        assertThat(inContext.trace().ranking()).isEmpty();
        assertThat(inContext.trace().removals()).isEmpty();
        assertThat(inContext.trace().scoreMeaning()).contains("max_num_recs is 0");
    }

    @Test
    void nothingLeftAfterTheRulesIsNone() {
        RecommendationRequest request = RecommendationRequest.top(3).withCategory("Podcast");
        assertThat(RecommenderKind.MOST_POPULAR.catalogRecommender().recommend(catalog, request).isNone()).isTrue();
    }

    @Test
    void trivialIsReproducibleFromItsSeed() {
        var trivial = RecommenderKind.TRIVIAL.catalogRecommender();
        for (long seed = 0; seed < 20; seed++) {
            RecommendationRequest request = RecommendationRequest.top(5).withSeed(seed);
            assertThat(trivial.recommend(catalog, request).itemIds()).isEqualTo(trivial.recommend(catalog, request).itemIds());
        }
    }

    @Test
    void trivialReturnsAtMostOneItemOrNoneWhenThePickIsUnavailable() {
        var trivial = RecommenderKind.TRIVIAL.catalogRecommender();
        boolean sawNone = false;
        boolean sawItem = false;
        for (long seed = 0; seed < 200; seed++) {
            Recommendation result = trivial.recommend(catalog, RecommendationRequest.top(5).withSeed(seed));
            String picked = catalog.item(result.trace().ranking().getFirst().index()).id();
            if (picked.equals("c")) {
                assertThat(result.isNone()).isTrue();
                assertThat(Explanations.whyNone(result)).isEqualTo("the picked item c (Charlie) is unavailable");
                sawNone = true;
            } else {
                assertThat(result.itemIds()).contains(List.of(picked));
                sawItem = true;
            }
        }
        assertThat(sawNone).as("some seed picks the unavailable item").isTrue();
        assertThat(sawItem).isTrue();
    }

    @Test
    void invalidRequestsGetClearErrors() {
        assertThatThrownBy(() -> RecommendationRequest.top(-1)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("max_num_recs");
        RecommendationRequest unknown = RecommendationRequest.top(3).withExcluded(Set.of("nope"));
        assertThatThrownBy(() -> RecommenderKind.MOST_POPULAR.catalogRecommender().recommend(catalog, unknown))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("unknown item id 'nope'");
    }

    @Test
    void recommendersAreFoundByTheirCliNames() {
        assertThat(RecommenderKind.byName("most-popular")).isEqualTo(RecommenderKind.MOST_POPULAR);
        assertThat(RecommenderKind.byName(" ALS ")).isEqualTo(RecommenderKind.ALS);
        assertThatThrownBy(() -> RecommenderKind.byName("svd"))
                .hasMessageContaining("trivial, most-popular, random, user-knn, item-knn, als, mf, bpr");
    }

    @Test
    void emptyCatalogGivesNone() {
        Recommendation result = RecommenderKind.TRIVIAL.catalogRecommender().recommend(Catalog.empty(),
                new RecommendationRequest(Optional.empty(), Optional.empty(), 1, Set.of(), 0));
        assertThat(result.isNone()).isTrue();
    }
}
