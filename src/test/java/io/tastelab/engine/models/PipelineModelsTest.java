package io.tastelab.engine.models;

import io.tastelab.engine.catalog.Catalog;
import io.tastelab.engine.catalog.Item;
import io.tastelab.engine.interactions.InteractionMatrix;
import io.tastelab.engine.pipeline.InvalidRequestException;
import io.tastelab.engine.pipeline.Recommendation;
import io.tastelab.engine.pipeline.RecommendationRequest;
import io.tastelab.engine.pipeline.ServerRule;
import io.tastelab.engine.task.Progress;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Trained models served through collector → ranker → server. */
class PipelineModelsTest {

    // Items i1..i4. Alice: i1, i2. Bob: i1, i2, i3. Carol: i3. Erin: none. Popularity: i1 2, i2 2, i3 2, i4 0.
    private static final String[] ITEMS = {"i1", "i2", "i3", "i4"};
    private static final Catalog CATALOG = Catalog.of(List.of(Item.of("i1", "One", "Book"), Item.of("i2", "Two", "Book"),
            Item.of("i3", "Three", "Book"), Item.of("i4", "Four", "Book")), new long[4]);
    private static final InteractionMatrix DATA = InteractionMatrix.fromCoordinates(new String[] {"alice", "bob", "carol", "erin"}, 4,
            new int[] {0, 0, 1, 1, 1, 2}, new int[] {0, 1, 0, 1, 2, 2}, new float[] {1, 1, 1, 1, 1, 1}, null, null, 6);

    private static TrainedRecommender itemKnn() {
        return TrainedRecommender.train(RecommenderKind.ITEM_KNN, DATA, ITEMS, ModelParams.DEFAULTS.with("item-knn.shrinkage", "0"),
                1, Progress.NONE, TrainingListener.NONE);
    }

    private static RecommendationRequest forUser(String user, int k) {
        return new RecommendationRequest(Optional.ofNullable(user), Optional.empty(), k, Set.of(), 0);
    }

    @Test
    void itemKnnRecommendsWhatSimilarUsersAlsoHad() {
        Recommendation result = itemKnn().recommender(true).recommend(CATALOG, forUser("alice", 1));
        // Alice's items i1, i2 co-occur with i3 (through Bob); i4 with nothing.
        assertThat(result.itemIds()).contains(List.of("i3"));
    }

    @Test
    void seenItemsAreRemovedByTheServerAndTheTraceSaysWhy() {
        Recommendation result = itemKnn().recommender(true).recommend(CATALOG, forUser("alice", 4));
        assertThat(result.itemIds().orElseThrow()).doesNotContain("i1", "i2");
        assertThat(result.trace().removals()).extracting(removal -> removal.rule()).contains(ServerRule.SEEN);
    }

    @Test
    void theSeenRuleCanBeSwitchedOff() {
        Recommendation result = itemKnn().recommender(false).recommend(CATALOG, forUser("alice", 4));
        assertThat(result.itemIds().orElseThrow()).contains("i1", "i2");
    }

    @Test
    void aUserIdTheInteractionsDoNotHaveIsRefusedNotServedAsColdStart() {
        assertThatThrownBy(() -> itemKnn().recommender(true).recommend(CATALOG, forUser("dave", 3)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("unknown user 'dave': the interactions have no such user (4 users, e.g. 'alice')");
    }

    @Test
    void knownUsersWithoutHistoryGetThePopularityFallbackShownInTheTrace() {
        Recommendation result = itemKnn().recommender(true).recommend(CATALOG, forUser("erin", 3));
        // Popularity i1 = i2 = i3 = 2, ties to the smaller id.
        assertThat(result.itemIds()).contains(List.of("i1", "i2", "i3"));
        assertThat(result.trace().scoreMeaning()).contains("cold start").contains("popularity fallback");
    }

    @Test
    void everyModelServesAKnownUser() {
        for (RecommenderKind kind : RecommenderKind.evaluableKinds()) {
            TrainedRecommender trained = TrainedRecommender.train(kind, DATA, ITEMS, ModelParams.DEFAULTS.with("als.factors", "2")
                    .with("bpr.factors", "2").with("mf.factors", "2"), 3, Progress.NONE, TrainingListener.NONE);
            Recommendation result = trained.recommender(true).recommend(CATALOG, forUser("carol", 2));
            assertThat(result.itemIds().orElseThrow()).as(kind.cliName()).hasSize(2).doesNotContain("i3");
            assertThat(result.trace().scoreMeaning()).as(kind.cliName()).doesNotContain("cold start");
        }
    }
}
