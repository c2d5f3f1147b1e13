package io.tastelab.cli;

import io.tastelab.engine.evaluation.EvaluationData;
import io.tastelab.engine.models.ModelKind;
import io.tastelab.engine.models.ModelParams;
import io.tastelab.engine.models.TrainedRecommender;
import io.tastelab.engine.models.TrainingListener;
import io.tastelab.engine.pipeline.Recommendation;
import io.tastelab.engine.pipeline.RecommendationRequest;
import io.tastelab.engine.task.Progress;
import io.tastelab.engine.workspace.Workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code tastelab recommend} with a trained recommender (random, user-knn, item-knn, als, mf, bpr): trains it on
 * all of the workspace's interactions, then serves the request through collector → model → server.
 */
final class PersonalizedRecommend {

    /** Names {@code recommend} serves with a trained model; "most-popular" stays the catalog-count recommender. */
    private static final Set<String> TRAINED = Set.of("random", "user-knn", "item-knn", "als", "mf", "bpr");

    private PersonalizedRecommend() {
    }

    static boolean handles(String name) {
        return TRAINED.contains(name.strip().toLowerCase(java.util.Locale.ROOT));
    }

    static Recommendation recommend(Path workspace, String name, RecommendationRequest request, List<String> params,
                                    boolean keepSeen) throws IOException {
        if (workspace == null || !Workspace.looksLikeWorkspace(workspace)) {
            throw new IllegalArgumentException("'" + name + "' learns from interactions: give --workspace FILE.tastelab");
        }
        ModelParams parsed = ModelParams.parse(params);
        parsed.requireKnown(ModelKind.knownParameters());
        EvaluationData data = EvaluationData.load(workspace, Progress.NONE);
        TrainedRecommender trained = TrainedRecommender.train(ModelKind.byName(name), data.interactions(), data.itemIds(), parsed,
                request.seed(), Progress.NONE, TrainingListener.NONE);
        return trained.recommender(!keepSeen).recommend(data.catalog(), request);
    }
}
