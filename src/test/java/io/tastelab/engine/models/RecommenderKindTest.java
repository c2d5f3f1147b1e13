package io.tastelab.engine.models;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one registry of recommenders that the CLI and every pane read. */
class RecommenderKindTest {

    @Test
    void everyRecommenderIsDeclaredOnceInOneList() {
        assertThat(RecommenderKind.names()).containsExactly("trivial", "most-popular", "random", "user-knn", "item-knn", "als",
                "mf", "bpr");
        assertThat(Arrays.stream(RecommenderKind.values()).filter(RecommenderKind::personalized).map(RecommenderKind::cliName))
                .containsExactly("random", "user-knn", "item-knn", "als", "mf", "bpr");
        assertThat(RecommenderKind.evaluableKinds()).doesNotContain(RecommenderKind.TRIVIAL).hasSize(7);
    }

    @Test
    void eachDeclaresItsOwnHyperParameters() {
        assertThat(RecommenderKind.ALS.parameters()).contains("als.factors", "als.iterations").allMatch(key -> key.startsWith("als."));
        assertThat(RecommenderKind.MOST_POPULAR.parameters()).isEmpty();
        assertThat(RecommenderKind.knownParameters()).contains("item-knn.neighbours", "bpr.epochs", "mf.factors",
                "user-knn.similarity");
    }

    @Test
    void catalogRecommendersBuildWithoutTrainingAndPersonalizedOnesRefuseTo() {
        assertThat(RecommenderKind.MOST_POPULAR.catalogRecommender().name()).isEqualTo("most-popular");
        assertThatThrownBy(RecommenderKind.ALS::catalogRecommender).hasMessageContaining("als learns from interactions");
        assertThatThrownBy(() -> RecommenderKind.TRIVIAL.train(null, null, ModelParams.DEFAULTS, 0, null, null))
                .hasMessageContaining("no model");
    }
}
