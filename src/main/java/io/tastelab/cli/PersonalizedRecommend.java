package io.tastelab.cli;

import io.tastelab.engine.evaluation.EvaluationData;
import io.tastelab.engine.models.ModelParams;
import io.tastelab.engine.models.RecommenderKind;
import io.tastelab.engine.models.TrainedRecommender;
import io.tastelab.engine.models.TrainingListener;
import io.tastelab.engine.pipeline.Recommendation;
import io.tastelab.engine.pipeline.RecommendationRequest;
import io.tastelab.engine.task.Progress;
import io.tastelab.engine.workspace.Workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code tastelab recommend} with a personalized recommender (see {@link RecommenderKind#personalized()}): trains it
 * on all of the workspace's interactions, then serves the request through collector → model → server.
 */
final class PersonalizedRecommend {

    private PersonalizedRecommend() {
    }

    static Recommendation recommend(Path workspace, RecommenderKind kind, RecommendationRequest request, List<String> params,
                                    boolean keepSeen) throws IOException {
        if (workspace == null || !Workspace.looksLikeWorkspace(workspace)) {
            throw new IllegalArgumentException("'" + kind.cliName() + "' learns from interactions: give --workspace FILE.tastelab");
        }
        ModelParams parsed = ModelParams.parse(params);
        parsed.requireKnown(RecommenderKind.knownParameters());
        EvaluationData data = EvaluationData.load(workspace, Progress.NONE);
        TrainedRecommender trained = TrainedRecommender.train(kind, data.interactions(), data.itemIds(), parsed,
                request.seed(), Progress.NONE, TrainingListener.NONE);
        return trained.recommender(!keepSeen).recommend(data.catalog(), request);
    }
}
