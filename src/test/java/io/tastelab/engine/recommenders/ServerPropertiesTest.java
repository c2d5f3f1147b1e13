package io.tastelab.engine.recommenders;

import io.tastelab.engine.TinyCatalogs;
import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.pipeline.Recommendation;
import io.tastelab.engine.pipeline.RecommendationRequest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The server's promises hold for any catalog and request. */
class ServerPropertiesTest {

    record Case(Catalog catalog, RecommendationRequest request, RecommenderKind recommender) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> size = Arbitraries.integers().between(0, 40);
        return size.flatMap(n -> Combinators.combine(
                Arbitraries.longs().between(0, 6).array(long[].class).ofSize(n),
                Arbitraries.of(true, true, false).list().ofSize(n),
                Arbitraries.of("Book", "Film", "").list().ofSize(n),
                Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, Math.max(0, n - 1)).set().ofMaxSize(n == 0 ? 0 : 5),
                Arbitraries.of("Book", "Film", "").optional(),
                Arbitraries.longs(),
                Arbitraries.of(RecommenderKind.TRIVIAL, RecommenderKind.MOST_POPULAR)).as((counts, available, categories, k, excludedPositions, category, seed, which) -> {
                    boolean[] avail = new boolean[n];
                    for (int i = 0; i < n; i++) {
                        avail[i] = available.get(i);
                    }
                    Catalog catalog = TinyCatalogs.of(counts, avail, categories.toArray(String[]::new));
                    Set<String> excluded = new HashSet<>();
                    excludedPositions.forEach(p -> excluded.add(catalog.item(p).id()));
                    return new Case(catalog, new RecommendationRequest(Optional.empty(), category.filter(c -> !c.isEmpty()), k, excluded, seed), which);
                }));
    }

    @Property(tries = 500)
    void serverNeverBreaksItsPromises(@ForAll("cases") Case testCase) {
        Recommendation result = testCase.recommender().catalogRecommender().recommend(testCase.catalog(), testCase.request());
        List<String> ids = result.itemIds().orElse(List.of());
        assertThat(ids.size()).isLessThanOrEqualTo(testCase.request().maxNumRecs());
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        for (String id : ids) {
            Item item = testCase.catalog().item(testCase.catalog().requireIndex(id));
            assertThat(item.available()).isTrue();
            assertThat(testCase.request().excluded()).doesNotContain(id);
            testCase.request().category().ifPresent(c -> assertThat(item.category()).isEqualToIgnoringCase(c));
        }
    }

    @Property(tries = 300)
    void mostPopularFillsTheListWhenEnoughItemsQualify(@ForAll("cases") Case testCase) {
        Recommendation result = RecommenderKind.MOST_POPULAR.catalogRecommender().recommend(testCase.catalog(), testCase.request());
        long qualifying = testCase.catalog().items().stream()
                .filter(item -> BusinessRulesServer.firstBrokenRule(item, testCase.request()).isEmpty()).count();
        int expected = (int) Math.min(qualifying, testCase.request().maxNumRecs());
        assertThat(result.itemIds().map(List::size).orElse(0)).isEqualTo(expected);
    }
}
